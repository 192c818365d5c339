package no.arshjul.web;

import no.arshjul.organisation.ImportError;
import no.arshjul.organisation.ImportRejectedException;
import no.arshjul.organisation.UnknownEmployeeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.List;

/** Årshjul's API answers errors as JSON a person can act on: what was wrong, where, and that nothing was saved. */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler {

    public record ApiError(int status, String message, List<ImportError> errors) {
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ApiError> importRejected(ImportRejectedException e) {
        return ResponseEntity.badRequest().body(new ApiError(400, e.getMessage(), e.getErrors()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest().body(new ApiError(400,
                "Mangler filen: send den som multipart-feltet «" + e.getRequestPartName() + "».", List.of()));
    }

    @ExceptionHandler(UnknownEmployeeException.class)
    ResponseEntity<ApiError> unknown(UnknownEmployeeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, e.getMessage(), List.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ApiError(403, "Du har ikke tilgang til dette.", List.of()));
    }
}
