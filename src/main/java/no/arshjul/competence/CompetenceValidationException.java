package no.arshjul.competence;

import java.util.Comparator;
import java.util.List;

/** Input refused because of the listed fields; nothing has been saved. */
public class CompetenceValidationException extends RuntimeException {

    private final List<InvalidField> errors;

    public CompetenceValidationException(List<InvalidField> errors) {
        super("Avvist: " + errors.size() + " feil. Ingenting er lagret; rett feltene som er nevnt og prøv igjen.");
        this.errors = errors.stream()
                .sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
                .toList();
    }

    public CompetenceValidationException(String field, String message) {
        this(List.of(new InvalidField(field, message)));
    }

    public List<InvalidField> getErrors() {
        return errors;
    }
}
