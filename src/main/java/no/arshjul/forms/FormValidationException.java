package no.arshjul.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A refused submission. Extends the engine's own validation exception, so /engine-rest answers
 * 400 with the message, and Årshjul's API can list the fields one by one.
 */
public class FormValidationException extends FormFieldValidationException {

    private final transient List<FieldError> errors;

    public FormValidationException(String formName, List<FieldError> errors) {
        super(errors, "Skjemaet «" + formName + "» ble ikke sendt inn: "
                + errors.stream().map(FieldError::message).collect(Collectors.joining(" ")) + " Ingenting er lagret.");
        this.errors = List.copyOf(errors);
    }

    public static FormValidationException of(String formName, String field, String label, String message) {
        return new FormValidationException(formName, List.of(new FieldError(field, label, message)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
