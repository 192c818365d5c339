package no.arshjul.competence;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 400 and 404 answers of the competence API, shaped like the rest of the API's errors: what was
 * wrong, which field, and that nothing was saved. Access refusals (403) and unknown people (404)
 * are answered by the application-wide {@code ApiExceptionHandler}.
 */
@RestControllerAdvice(assignableTypes = CompetenceController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CompetenceApiExceptionHandler {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<CompetenceApiError> invalid(MethodArgumentNotValidException e) {
        List<InvalidField> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidField(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new InvalidField(g.getObjectName(), g.getDefaultMessage())));
        return badRequest(new CompetenceValidationException(errors));
    }

    @ExceptionHandler(CompetenceValidationException.class)
    ResponseEntity<CompetenceApiError> refused(CompetenceValidationException e) {
        return badRequest(e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<CompetenceApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return badRequest(new CompetenceValidationException(field, "Verdien har feil format."));
        }
        return ResponseEntity.badRequest().body(new CompetenceApiError(400,
                "Kunne ikke lese forespørselen: send JSON. Ingenting er lagret.", List.of()));
    }

    @ExceptionHandler(UnknownCatalogueItemException.class)
    ResponseEntity<CompetenceApiError> unknownItem(UnknownCatalogueItemException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new CompetenceApiError(404, e.getMessage(), List.of()));
    }

    private static ResponseEntity<CompetenceApiError> badRequest(CompetenceValidationException e) {
        return ResponseEntity.badRequest().body(new CompetenceApiError(400, e.getMessage(), e.getErrors()));
    }
}
