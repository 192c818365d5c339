package no.arshjul.competence;

import no.arshjul.EngineClock;
import no.arshjul.forms.ContractField;
import no.arshjul.forms.FieldError;
import no.arshjul.forms.FieldValues;
import no.arshjul.forms.FormContract;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.FormTexts;
import no.arshjul.forms.FormValidationException;
import no.arshjul.forms.SubmittedForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Keeps the mapping's status in step with its forms; refuses a registration the profile cannot take
 * (an entry that is not the person's, an unknown catalogue code, valid-until before completed ...),
 * each problem at its field; and gives the leader's confirmation its due date.
 */
@Component
class MappingSubmissions implements FormSubmissionHandler {

    private static final String REGISTRATION = CompetenceMappingMerge.REGISTRATION;
    /** The variable the leader's "Bekreft kompetansen" takes its due date from. */
    static final String CONFIRMATION_DEADLINE = "confirmationDeadlineAt";
    private static final ContractField<String> HOLDING_ID = ContractField.text("holdingId");
    private static final ContractField<String> CATALOGUE_CODE = ContractField.text("catalogueCode");
    private static final ContractField<LocalDate> COMPLETED = ContractField.date("completedDate");
    private static final ContractField<LocalDate> VALID_UNTIL = ContractField.date("validUntil");
    private static final ContractField<List<FieldValues>> HOLDINGS = ContractField.list("holdings", HOLDING_ID,
            CATALOGUE_CODE, COMPLETED, VALID_UNTIL);
    private static final ContractField<String> DECISION = ContractField.choice("confirmationDecision", "RETURNED")
            .required();
    private static final ContractField<String> LEADER_COMMENT = ContractField.text("leaderComment");

    private final CompetenceMappingRepository mappings;
    private final CompetenceMappingMerge merge;
    private final FormTexts texts;
    private final Clock clock;
    private final int confirmationDays;

    MappingSubmissions(CompetenceMappingRepository mappings, CompetenceMappingMerge merge, FormTexts texts, Clock clock,
                       @Value("${arshjul.competence.confirmation-days:14}") int confirmationDays) {
        this.mappings = mappings;
        this.merge = merge;
        this.texts = texts;
        this.clock = clock;
        this.confirmationDays = confirmationDays;
    }

    @Override
    public List<FormContract> contracts() {
        return List.of(FormContract.of(REGISTRATION, HOLDINGS),
                FormContract.of("competence-confirmation", DECISION, LEADER_COMMENT));
    }

    @Override
    public Map<String, Object> handle(SubmittedForm form) {
        CompetenceMapping mapping = mappings.findByProcessInstanceId(form.processInstanceId()).orElseThrow(() ->
                new IllegalStateException("No competence mapping record for process instance " + form.processInstanceId()));
        Instant now = Instant.now(clock);
        if (form.formKey().equals(REGISTRATION)) {
            List<InvalidField> problems = merge.problems(mapping.getEmployee().getUserId(),
                    MappingRegistration.of(form.data()));
            if (!problems.isEmpty()) {
                throw FormValidationException.refusing(problems.stream()
                        .map(p -> new FieldError(p.field(), label(p.field()), p.message())).toList());
            }
            mapping.advance(MappingStatus.AWAITING_CONFIRMATION, mapping.getLeaderComment(), now);
            // The leader confirms within the configured days, to the end of that day.
            LocalDate due = LocalDate.ofInstant(now, EngineClock.OSLO).plusDays(confirmationDays);
            return Map.of(CONFIRMATION_DEADLINE, Date.from(due.plusDays(1).atStartOfDay(EngineClock.OSLO).toInstant()));
        }
        boolean returned = "RETURNED".equals(form.get(DECISION));
        if (returned && form.get(LEADER_COMMENT) == null) {
            throw FormValidationException.of(LEADER_COMMENT.key(), texts.get("competence.leaderComment.label"),
                    texts.get("competence.leaderComment.required"));
        }
        mapping.advance(returned ? MappingStatus.RETURNED : MappingStatus.CONFIRMED, form.get(LEADER_COMMENT), now);
        return Map.of();
    }

    /** The label of a row's field as the form shows it. */
    private String label(String field) {
        return texts.get("competence.mapping.field." + field.substring(field.lastIndexOf('.') + 1));
    }
}
