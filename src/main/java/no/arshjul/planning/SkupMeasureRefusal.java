package no.arshjul.planning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Map;

/**
 * A refused follow-up of a SKUP measure, naming the field: the API answers it as problem+json with
 * its status (400 bad value, 404 no such measure in that year, 409 the plan is not adopted or the
 * measure changed meanwhile); the page shows the message at the field.
 */
final class SkupMeasureRefusal {

    private SkupMeasureRefusal() {
    }

    static ErrorResponseException of(HttpStatus status, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(status, problem, null);
    }

    /** The field a refusal names, for the page. */
    static String field(ErrorResponseException refused) {
        Map<String, Object> properties = refused.getBody().getProperties();
        if (properties != null && properties.get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> first && first.get("field") instanceof String field) {
            return field;
        }
        return "";
    }
}
