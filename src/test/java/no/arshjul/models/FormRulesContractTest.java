package no.arshjul.models;

import no.arshjul.forms.ContractField;
import no.arshjul.forms.FieldValues;
import no.arshjul.forms.FormContract;
import no.arshjul.forms.FormContracts;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.SubmittedForm;
import no.arshjul.support.BokmalTexts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static no.arshjul.models.ModelUploads.change;
import static no.arshjul.models.ModelUploads.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model check of a form against the fields a handler declares it reads, without the app: the shipped
 * schedule and minutes forms, changed the way HR would in Camunda Modeler.
 */
class FormRulesContractTest {

    /** Reads what the talk's schedule and minutes forms must give, like AppraisalSubmissions. */
    static final class TalkHandler implements FormSubmissionHandler {
        static final ContractField<?> TALK_DATE = ContractField.date("talkDate").required();
        static final ContractField<List<FieldValues>> MEASURES = ContractField.list("measures",
                ContractField.text("title"), ContractField.date("dueDate").required(), ContractField.decimal("costNok"));

        @Override
        public List<FormContract> contracts() {
            return List.of(FormContract.of("appraisal-schedule", TALK_DATE, ContractField.text("talkPlace")),
                    FormContract.of("appraisal-minutes", TALK_DATE, MEASURES),
                    FormContract.of("appraisal-minutes-review", ContractField.choice("employeeAck", "AGREED", "DISAGREE")));
        }

        @Override
        public Map<String, Object> handle(SubmittedForm form) {
            return Map.of();
        }
    }

    final FormRules rules = new FormRules(new FormContracts(List.of(new TalkHandler())), BokmalTexts.bokmal());

    List<Finding> check(String name, String json) {
        List<Finding> findings = new ArrayList<>();
        rules.check(ModelFile.uploaded(name, json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), findings);
        return findings;
    }

    String schedule() {
        return read("forms/appraisal-schedule.form");
    }

    @Test
    void theShippedFormsKeepTheirFields() {
        for (String form : List.of("appraisal-schedule", "appraisal-minutes", "appraisal-minutes-review")) {
            assertThat(check(form + ".form", read("forms/" + form + ".form"))).as(form).isEmpty();
        }
    }

    @Test
    void aRenamedFieldIsAnErrorNamingFormFieldKindAndHandler() {
        List<Finding> findings = check("appraisal-schedule.form", change(schedule(), "\"key\": \"talkDate\"", "\"key\": \"meetingDate\""));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.isError()).isTrue();
            assertThat(finding.file()).isEqualTo("forms/appraisal-schedule.form");
            assertThat(finding.elementId()).isEqualTo("talkDate");
            assertThat(finding.message()).startsWith("Skjemaet appraisal-schedule mangler feltet «talkDate» (dato), "
                    + "som Årshjul leser i TalkHandler.");
        });
    }

    @Test
    void aDateRetypedAsTextIsAnError() {
        String retyped = change(change(schedule(), "\"type\": \"datetime\",\n      \"subtype\": \"date\",",
                "\"type\": \"textfield\","), "\"dateLabel\"", "\"label\"");

        assertThat(check("appraisal-schedule.form", retyped)).singleElement().satisfies(finding -> {
            assertThat(finding.elementId()).isEqualTo("talk-date");
            assertThat(finding.line()).isNotNull();
            assertThat(finding.message()).isEqualTo("Feltet «talkDate» i skjemaet appraisal-schedule er av typen "
                    + "textfield, men Årshjul leser det som dato i TalkHandler. Bruk datofelt (datetime med undertype «Date»).");
        });
    }

    @Test
    void aDateThatBecomesDateAndTimeIsAnError() {
        String retyped = change(schedule(), "\"subtype\": \"date\"", "\"subtype\": \"datetime\"");

        assertThat(check("appraisal-schedule.form", retyped)).singleElement()
                .extracting(Finding::message).asString().contains("er av typen datetime/datetime");
    }

    @Test
    void aRequiredFieldMadeOptionalOrHideableIsAnError() {
        String optional = change(schedule(), "\"dateLabel\": \"Dato for samtalen\",\n      \"validate\": {\n        \"required\": true",
                "\"dateLabel\": \"Dato for samtalen\",\n      \"validate\": {\n        \"required\": false");
        String hideable = change(schedule(), "\"dateLabel\": \"Dato for samtalen\",",
                "\"dateLabel\": \"Dato for samtalen\", \"conditional\": {\"hide\": \"=talkPlace = null\"},");

        assertThat(check("appraisal-schedule.form", optional)).singleElement().extracting(Finding::message).asString()
                .startsWith("Feltet «talkDate» (dato) i skjemaet appraisal-schedule må være påkrevd");
        assertThat(check("appraisal-schedule.form", hideable)).singleElement().extracting(Finding::message).asString()
                .startsWith("Feltet «talkDate» (dato) i skjemaet appraisal-schedule må være påkrevd");
    }

    @Test
    void aChoiceTheCodeBranchesOnMustStay() {
        String form = read("forms/appraisal-minutes-review.form");
        String withoutDisagree = change(form, "\"value\": \"DISAGREE\"", "\"value\": \"NOT_AGREED\"");

        assertThat(check("appraisal-minutes-review.form", withoutDisagree)).singleElement().extracting(Finding::message)
                .asString().startsWith("Feltet «employeeAck» i skjemaet appraisal-minutes-review mangler valget DISAGREE");
    }

    @Test
    void aFieldOfAListsRowsIsCheckedInsideTheList() {
        String form = read("forms/appraisal-minutes.form");
        String renamed = change(form, "\"key\": \"dueDate\"", "\"key\": \"deadline\"");

        assertThat(check("appraisal-minutes.form", renamed)).singleElement().extracting(Finding::message).asString()
                .startsWith("Skjemaet appraisal-minutes mangler feltet «measures.dueDate» (dato)");
    }

    @Test
    void aNewFieldAndNewLabelsPass() {
        String changed = change(change(schedule(), "\"dateLabel\": \"Dato for samtalen\"", "\"dateLabel\": \"Når er samtalen?\""),
                "\"components\": [", """
                "components": [
                    {"id": "talk-room", "type": "textfield", "key": "talkRoom", "label": "Rom"},""");

        assertThat(check("appraisal-schedule.form", changed)).isEmpty();
    }

    @Test
    void aFormNoHandlerReadsIsNotHeldToAnything() {
        String form = change(schedule(), "\"id\": \"appraisal-schedule\"", "\"id\": \"schedule-draft\"");

        assertThat(check("schedule-draft.form", change(form, "\"key\": \"talkDate\"", "\"key\": \"meetingDate\""))).isEmpty();
    }
}
