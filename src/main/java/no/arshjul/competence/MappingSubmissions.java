package no.arshjul.competence;

import no.arshjul.forms.ContractField;
import no.arshjul.forms.FieldError;
import no.arshjul.forms.FieldValues;
import no.arshjul.forms.FormContract;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.FormTexts;
import no.arshjul.forms.FormValidationException;
import no.arshjul.forms.SubmittedForm;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps the mapping's status in step with its forms, and refuses holdings that name no catalogue entry. */
@Component
class MappingSubmissions implements FormSubmissionHandler {

    private static final String REGISTRATION = "competence-registration";
    private static final ContractField<String> CATALOGUE_CODE = ContractField.text("catalogueCode");
    private static final ContractField<List<FieldValues>> HOLDINGS = ContractField.list("holdings", CATALOGUE_CODE);
    private static final ContractField<String> DECISION = ContractField.choice("confirmationDecision", "RETURNED")
            .required();
    private static final ContractField<String> LEADER_COMMENT = ContractField.text("leaderComment");

    private final CompetenceMappingRepository mappings;
    private final CompetenceItemRepository catalogue;
    private final FormTexts texts;
    private final Clock clock;

    MappingSubmissions(CompetenceMappingRepository mappings, CompetenceItemRepository catalogue, FormTexts texts,
                       Clock clock) {
        this.mappings = mappings;
        this.catalogue = catalogue;
        this.texts = texts;
        this.clock = clock;
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
            checkCatalogueCodes(form);
            mapping.advance(MappingStatus.AWAITING_CONFIRMATION, mapping.getLeaderComment(), now);
        } else {
            boolean returned = "RETURNED".equals(form.get(DECISION));
            if (returned && form.get(LEADER_COMMENT) == null) {
                throw FormValidationException.of(LEADER_COMMENT.key(), texts.get("competence.leaderComment.label"),
                        texts.get("competence.leaderComment.required"));
            }
            mapping.advance(returned ? MappingStatus.RETURNED : MappingStatus.CONFIRMED, form.get(LEADER_COMMENT), now);
        }
        return Map.of();
    }

    private void checkCatalogueCodes(SubmittedForm form) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldValues> holdings = form.get(HOLDINGS);
        for (int i = 0; i < holdings.size(); i++) {
            String code = holdings.get(i).get(CATALOGUE_CODE);
            if (code != null && catalogue.findByCode(code.strip()).isEmpty()) {
                errors.add(new FieldError(HOLDINGS.key() + "[" + i + "]." + CATALOGUE_CODE.key(),
                        texts.get("competence.catalogueCode.label"),
                        texts.get("competence.catalogueCode.unknown", String.valueOf(i + 1), code)));
            }
        }
        if (!errors.isEmpty()) {
            throw FormValidationException.refusing(errors);
        }
    }
}
