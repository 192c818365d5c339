package no.arshjul.forms;

import java.util.Map;
import java.util.Set;

/**
 * Turns the submissions of some forms into structured records, in the same transaction as the
 * completion. May refuse a submission with a {@link FormValidationException} (rules across fields).
 */
public interface FormSubmissionHandler {

    Set<String> formKeys();

    /** Stores the records; returns process variables the completion should set (often none). */
    Map<String, Object> handle(SubmittedForm form);
}
