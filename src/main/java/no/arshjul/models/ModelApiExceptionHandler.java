package no.arshjul.models;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The models API's refusals, in Norwegian; a refused upload lists every error with file, element and line. */
@RestControllerAdvice(assignableTypes = {ModelApiController.class, MigrationApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelApiExceptionHandler {

    @ExceptionHandler(InvalidModelException.class)
    ResponseEntity<ModelViews.ErrorView> invalid(InvalidModelException e) {
        ValidationReport report = e.getCheck().report();
        return ResponseEntity.badRequest().body(new ModelViews.ErrorView(400,
                "Modellene er ikke rullet ut, fordi de har feil. Rett feilene og last opp på nytt.",
                report.errors().stream().map(ModelViews.FindingView::of).toList(),
                report.warnings().stream().map(ModelViews.FindingView::of).toList()));
    }

    @ExceptionHandler(MigrationRefusedException.class)
    ResponseEntity<ModelViews.ErrorView> refused(MigrationRefusedException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(UnknownModelException.class)
    ResponseEntity<ModelViews.ErrorView> unknown(UnknownModelException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ModelViews.ErrorView> engineRefused(AuthorizationException e) {
        return error(HttpStatus.FORBIDDEN, "Du har ikke tilgang til å rulle ut modeller.");
    }

    private static ResponseEntity<ModelViews.ErrorView> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ModelViews.ErrorView(status.value(), message, List.of(), List.of()));
    }
}
