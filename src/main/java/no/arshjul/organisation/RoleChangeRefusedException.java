package no.arshjul.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;

/**
 * HR's change of a role was refused; nothing changed. Carries the field and the reason in the
 * caller's language, so the API answers 4xx naming the field and the page can show it.
 */
public class RoleChangeRefusedException extends ResponseStatusException {

    private final String field;

    RoleChangeRefusedException(HttpStatus status, String field, String reason) {
        super(status, reason);
        this.field = field;
        getBody().setProperty("errors", List.of(Map.of("field", field, "message", reason)));
    }

    public String getField() {
        return field;
    }
}
