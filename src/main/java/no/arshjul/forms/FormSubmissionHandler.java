package no.arshjul.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the submissions of some forms into structured records, in the same transaction as the
 * completion. May refuse a submission with a {@link FormValidationException} (rules across fields).
 * <p>
 * A handler declares, per form, the fields it reads ({@link #contracts()}) and reads them only through
 * those declarations; the model check refuses a form that drops or retypes one of them.
 */
public interface FormSubmissionHandler {

    List<FormContract> contracts();

    default Set<String> formKeys() {
        return contracts().stream().map(FormContract::formKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Stores the records; returns process variables the completion should set (often none). */
    Map<String, Object> handle(SubmittedForm form);
}
