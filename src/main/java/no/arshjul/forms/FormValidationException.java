package no.arshjul.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A refused submission. Extends the engine's own validation exception, so /engine-rest answers
 * 400 with the message, and Årshjul's API can list the fields one by one. A handler refuses with
 * {@link #of} or {@link #refusing}; the pipeline names the form in the message it passes on.
 */
public class FormValidationException extends FormFieldValidationException {

    private final transient List<FieldError> errors;

    public FormValidationException(String message, List<FieldError> errors) {
        super(errors, message);
        this.errors = List.copyOf(errors);
    }

    /** A refusal on these fields, to be named by the pipeline. */
    public static FormValidationException refusing(List<FieldError> errors) {
        return new FormValidationException(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")),
                errors);
    }

    public static FormValidationException of(String field, String label, String message) {
        return refusing(List.of(new FieldError(field, label, message)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
