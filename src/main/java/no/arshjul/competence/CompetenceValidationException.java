package no.arshjul.competence;

import org.springframework.context.MessageSourceResolvable;

import java.util.Comparator;
import java.util.List;

/** Input refused because of the listed fields; nothing has been saved. */
public class CompetenceValidationException extends RuntimeException implements MessageSourceResolvable {

    private final List<InvalidField> errors;

    public CompetenceValidationException(List<InvalidField> errors) {
        super(errors.size() + " invalid fields, nothing saved");
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

    /** What the person is told, from the message files. */
    @Override
    public String[] getCodes() {
        return new String[]{"problem.competenceRefused"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[]{String.valueOf(errors.size())};
    }
}
