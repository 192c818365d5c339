package no.arshjul.forms;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The answers stored for a process's forms, for the features that show or act on them. */
@Service
@Transactional(readOnly = true)
public class SubmittedAnswers {

    private final FormSubmissionRepository submissions;

    SubmittedAnswers(FormSubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /** The last submission of this form in this process instance. */
    public Optional<FormSubmission> latest(String processInstanceId, String formKey) {
        return submissions.findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(processInstanceId, formKey);
    }
}
