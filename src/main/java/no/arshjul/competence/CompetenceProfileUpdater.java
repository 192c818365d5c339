package no.arshjul.competence;

import no.arshjul.forms.SubmittedAnswers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.forms.FormSubmission;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Oppdater kompetanseprofilen": what the employee registered, as the leader confirmed it, becomes
 * the employee's competence profile.
 */
@Component("competenceProfileUpdater")
class CompetenceProfileUpdater implements JavaDelegate {

    private static final Map<String, String> REAL_COMPETENCE_FIELDS = Map.of(
            "realProfessional", "PROFESSIONAL", "realAdministrative", "ADMINISTRATIVE",
            "realSocial", "SOCIAL", "realPersonal", "PERSONAL");

    private final SubmittedAnswers submissions;
    private final CompetenceProfileService profiles;
    private final ObjectMapper mapper;
    private final Texts texts;

    CompetenceProfileUpdater(SubmittedAnswers submissions, CompetenceProfileService profiles, ObjectMapper mapper,
                             Texts texts) {
        this.submissions = submissions;
        this.profiles = profiles;
        this.mapper = mapper;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        String instance = execution.getProcessInstanceId();
        FormSubmission registration = latest(instance, "competence-registration");
        FormSubmission confirmation = latest(instance, "competence-confirmation");
        Map<?, ?> data = mapper.readValue(registration.getData(), Map.class);
        List<HoldingDraft> drafts = new ArrayList<>();
        if (data.get("holdings") instanceof List<?> holdings) {
            for (Object item : holdings) {
                Map<?, ?> h = (Map<?, ?>) item;
                drafts.add(new HoldingDraft(text(h.get("entryType")), text(h.get("title")), text(h.get("catalogueCode")),
                        text(h.get("institution")), text(h.get("level")), null, date(h.get("completedDate")),
                        date(h.get("validUntil")), null));
            }
        }
        REAL_COMPETENCE_FIELDS.forEach((field, category) -> {
            String description = text(data.get(field));
            if (description != null) {
                // The title is stored in the profile and read by others: bokmål, as stored texts are.
                drafts.add(new HoldingDraft("REAL_COMPETENCE",
                        texts.bokmal("competence.realCompetence.title." + category), null,
                        null, null, (BigDecimal) null, null, null, category));
            }
        });
        profiles.confirmRegistration((String) execution.getVariable("employeeUserId"), drafts,
                confirmation.getSubmittedBy() == null ? "system" : confirmation.getSubmittedBy());
    }

    private FormSubmission latest(String instance, String formKey) {
        return submissions.latest(instance, formKey)
                .orElseThrow(() -> new IllegalStateException("No " + formKey + " submission in " + instance));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static LocalDate date(Object value) {
        return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString());
    }
}
