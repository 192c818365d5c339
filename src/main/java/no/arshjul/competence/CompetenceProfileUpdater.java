package no.arshjul.competence;

import no.arshjul.engine.ProcessEmployee;
import no.arshjul.forms.FormSubmission;
import no.arshjul.forms.SubmittedAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Oppdater kompetanseprofilen": what the employee registered, as the leader confirmed it, is merged
 * into the employee's competence profile: new entries added, changed ones updated, ended ones
 * ended; whatever the employee did not touch stays as it was.
 */
@Component("competenceProfileUpdater")
class CompetenceProfileUpdater implements JavaDelegate {

    private final SubmittedAnswers submissions;
    private final CompetenceMappingMerge merge;
    private final ProcessEmployee processEmployee;

    CompetenceProfileUpdater(SubmittedAnswers submissions, CompetenceMappingMerge merge, ProcessEmployee processEmployee) {
        this.processEmployee = processEmployee;
        this.submissions = submissions;
        this.merge = merge;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String instance = execution.getProcessInstanceId();
        MappingRegistration registration = merge.registrationOf(instance)
                .orElseThrow(() -> new IllegalStateException("No competence-registration submission in " + instance));
        FormSubmission confirmation = submissions.latest(instance, "competence-confirmation")
                .orElseThrow(() -> new IllegalStateException("No competence-confirmation submission in " + instance));
        merge.merge(processEmployee.userIdOf(execution), registration,
                confirmation.getSubmittedBy() == null ? "system" : confirmation.getSubmittedBy());
    }
}
