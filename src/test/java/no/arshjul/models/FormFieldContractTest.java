package no.arshjul.models;

import no.arshjul.forms.FormContracts;
import no.arshjul.forms.FormModel;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static no.arshjul.models.ModelUploads.api;
import static no.arshjul.models.ModelUploads.change;
import static no.arshjul.models.ModelUploads.deployments;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.models.ModelUploads.modeler;
import static no.arshjul.models.ModelUploads.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR changes a form the code reads from: through the models API and Camunda Modeler, a form that drops
 * or retypes a field a submission handler reads is refused, naming the form, the field and the handler;
 * new fields and new labels pass. The declarations come from the handler beans themselves.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class FormFieldContractTest {

    static final String SCHEDULE = "appraisal-schedule.form";
    static final String MODELER_DEPLOYMENT = "form-contract-test";
    static final String OLD_FORM_DEPLOYMENT = "form-contract-test-old-form";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    FormContracts contracts;

    @AfterEach
    void removeDeployments() {
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
        ModelUploads.deleteDeployments(repositoryService, MODELER_DEPLOYMENT);
        ModelUploads.deleteDeployments(repositoryService, OLD_FORM_DEPLOYMENT);
    }

    String schedule() {
        return read("forms/" + SCHEDULE);
    }

    String renamedTalkDate() {
        return change(schedule(), "\"key\": \"talkDate\"", "\"key\": \"meetingDay\"");
    }

    @Test
    void renamingTalkDateIsRefusedNamingFormFieldAndHandler() {
        ResponseEntity<Map> check = api(http, "hege", "validate", files(SCHEDULE, renamedTalkDate()));

        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(check.getBody()).containsEntry("valid", false);
        assertThat((List<Map>) check.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("file")).isEqualTo("forms/appraisal-schedule.form");
            assertThat(error.get("elementId")).isEqualTo("talkDate");
            assertThat((String) error.get("message")).startsWith(
                    "Skjemaet appraisal-schedule mangler feltet «talkDate» (dato), som Årshjul leser i AppraisalSubmissions.");
        });
    }

    @Test
    void retypingTalkDateAsATextFieldIsRefusedByTheApiAndByModeler() {
        String retyped = change(change(schedule(), "\"type\": \"datetime\",\n      \"subtype\": \"date\",",
                "\"type\": \"textfield\","), "\"dateLabel\"", "\"label\"");
        long before = deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);

        ResponseEntity<Map> deploy = api(http, "hege", "deploy", files(SCHEDULE, retyped));
        ResponseEntity<Map> fromModeler = modeler(http, "hege", MODELER_DEPLOYMENT, files(SCHEDULE, retyped));

        assertThat(deploy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map error = ((List<Map>) deploy.getBody().get("errors")).get(0);
        assertThat(error.get("elementId")).isEqualTo("talk-date");
        assertThat((String) error.get("message")).isEqualTo("Feltet «talkDate» i skjemaet appraisal-schedule er av "
                + "typen textfield, men Årshjul leser det som dato i AppraisalSubmissions. "
                + "Bruk datofelt (datetime med undertype «Date»).");
        assertThat(fromModeler.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) fromModeler.getBody().get("message")).contains("leser det som dato i AppraisalSubmissions");
        assertThat(deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME)).isEqualTo(before);
        assertThat(deployments(repositoryService, MODELER_DEPLOYMENT)).isZero();
    }

    @Test
    void droppingTheValueAProcessBranchesOnIsRefused() {
        String form = change(read("forms/competence-confirmation.form"), "\"value\": \"RETURNED\"", "\"value\": \"SENT_BACK\"");

        ResponseEntity<Map> check = api(http, "hege", "validate", files("competence-confirmation.form", form));

        assertThat((List<Map>) check.getBody().get("errors")).extracting(e -> (String) e.get("message"))
                .anySatisfy(message -> assertThat(message).startsWith("Feltet «confirmationDecision» i skjemaet "
                        + "competence-confirmation mangler valget RETURNED, som Årshjul skiller på i MappingSubmissions."));
    }

    @Test
    void aNewFieldAndAChangedLabelPass() {
        String changed = change(change(schedule(), "\"label\": \"Sted\"", "\"label\": \"Sted (rom og bygg)\""),
                "\"components\": [", """
                "components": [
                    {"id": "talk-video", "type": "checkbox", "key": "talkOnVideo", "label": "Samtalen er på video"},""");

        ResponseEntity<Map> check = api(http, "hege", "validate", files(SCHEDULE, changed));

        assertThat((List<?>) check.getBody().get("errors")).isEmpty();
        assertThat(check.getBody()).containsEntry("valid", true);
    }

    @Test
    void aProcessUploadedAloneIsRefusedWhenTheFormItWouldTakeAlongLacksAField() {
        // A form version deployed before the check existed, the way a start-up deployment or an old upload could have.
        repositoryService.createDeployment().name(OLD_FORM_DEPLOYMENT)
                .addString(SCHEDULE, renamedTalkDate()).deploy();

        ResponseEntity<Map> check = api(http, "hege", "validate",
                files("appraisal-talk.bpmn", read("processes/appraisal-talk.bpmn")));

        assertThat(check.getBody()).containsEntry("valid", false);
        assertThat((List<Map>) check.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("file")).isEqualTo("forms/appraisal-schedule.form");
            assertThat((String) error.get("message")).contains("«talkDate» (dato)").contains("AppraisalSubmissions");
        });
    }

    @Test
    void everyShippedFormGivesItsHandlersTheirFieldsAndEveryHandledFormIsShipped() {
        Map<String, String> shipped = new java.util.TreeMap<>();
        ModelUploads.repository().forEach((name, json) -> {
            if (name.endsWith(".form")) {
                shipped.put(FormModel.parse(json).id(), json);
            }
        });

        assertThat(shipped.keySet()).containsAll(contracts.handledFormKeys());
        assertThat(contracts.handledFormKeys()).contains("appraisal-schedule", "appraisal-minutes",
                "competence-confirmation", "annual-cycle-calendar", "skup-draft");
        shipped.forEach((key, json) -> assertThat(contracts.check(FormModel.parse(json))).as(key).isEmpty());
    }
}
