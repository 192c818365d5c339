package no.arshjul.competence;

import no.arshjul.forms.FieldError;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.FormValidationException;
import no.arshjul.forms.SubmittedForm;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keeps the mapping's status in step with its forms, and refuses holdings that name no catalogue entry. */
@Component
class MappingSubmissions implements FormSubmissionHandler {

    private final CompetenceMappingRepository mappings;
    private final CompetenceItemRepository catalogue;
    private final Clock clock;

    MappingSubmissions(CompetenceMappingRepository mappings, CompetenceItemRepository catalogue, Clock clock) {
        this.mappings = mappings;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of("competence-registration", "competence-confirmation");
    }

    @Override
    public Map<String, Object> handle(SubmittedForm form) {
        CompetenceMapping mapping = mappings.findByProcessInstanceId(form.processInstanceId()).orElseThrow(() ->
                new IllegalStateException("No competence mapping record for process instance " + form.processInstanceId()));
        Instant now = Instant.now(clock);
        if (form.formKey().equals("competence-registration")) {
            checkCatalogueCodes(form);
            mapping.advance(MappingStatus.AWAITING_CONFIRMATION, mapping.getLeaderComment(), now);
        } else {
            boolean returned = "RETURNED".equals(form.text("confirmationDecision"));
            if (returned && form.text("leaderComment") == null) {
                throw FormValidationException.of(form.taskName(), "leaderComment", "Kommentar til medarbeideren",
                        "«Kommentar til medarbeideren» må fylles ut når registreringen sendes tilbake.");
            }
            mapping.advance(returned ? MappingStatus.RETURNED : MappingStatus.CONFIRMED, form.text("leaderComment"), now);
        }
        return Map.of();
    }

    private void checkCatalogueCodes(SubmittedForm form) {
        List<FieldError> errors = new ArrayList<>();
        List<?> holdings = form.data().get("holdings") instanceof List<?> list ? list : List.of();
        for (int i = 0; i < holdings.size(); i++) {
            Object code = ((Map<?, ?>) holdings.get(i)).get("catalogueCode");
            if (code != null && !code.toString().isBlank() && catalogue.findByCode(code.toString().strip()).isEmpty()) {
                errors.add(new FieldError("holdings[" + i + "].catalogueCode", "Kode i kompetansekatalogen",
                        "Kompetanse " + (i + 1) + ": «" + code + "» finnes ikke i kompetansekatalogen."));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(form.taskName(), errors);
        }
    }
}
