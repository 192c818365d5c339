package no.arshjul.models;

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
 * Invalid models are refused before anything is deployed, with messages that name the file, the
 * element and the line: through the models API and through Camunda Modeler's Deploy button.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ModelValidationTest {

    static final String MODELER_DEPLOYMENT = "modeler-validation-test";
    static final String TALK = "appraisal-talk.bpmn";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void removeDeployments() {
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
        ModelUploads.deleteDeployments(repositoryService, MODELER_DEPLOYMENT);
    }

    String talk() {
        return read("processes/" + TALK);
    }

    @Test
    void theRepositorysModelsPassValidation() {
        ResponseEntity<Map> check = api(http, "hege", "validate", ModelUploads.repository());

        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) check.getBody().get("errors")).isEmpty();
        assertThat(check.getBody()).containsEntry("valid", true);
    }

    @Test
    void validationReportsTheErrorsWithoutDeploying() {
        ResponseEntity<Map> check = api(http, "hege", "validate",
                files(TALK, change(talk(), "${disagreementRecorder}", "${disagreementLogger}")));

        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(check.getBody()).containsEntry("valid", false);
        assertThat((List<Map>) check.getBody().get("errors")).extracting(e -> e.get("elementId"))
                .containsExactly("record-disagreement");
        assertThat(deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME)).isZero();
    }

    @Test
    void brokenXmlIsRefusedWithItsLine() {
        String broken = change(talk(), "<bpmn:sequenceFlow id=\"flow-to-schedule-talk\"", "<bpmn:sequenceFlow id=\"flow-to-schedule-talk\" <");

        Map error = refusedEverywhere(files(TALK, broken));

        assertThat(error.get("file")).isEqualTo("processes/appraisal-talk.bpmn");
        assertThat(error.get("line")).isEqualTo(lineOf(broken, "id=\"flow-to-schedule-talk\" <"));
        assertThat((String) error.get("message")).startsWith("Filen er ikke gyldig XML");
    }

    @Test
    void anUnknownFormIsRefused() {
        String model = change(talk(), "camunda:formRef=\"appraisal-schedule\"", "camunda:formRef=\"avtaleskjema\"");

        Map error = refusedEverywhere(files(TALK, model));

        assertThat(error.get("elementId")).isEqualTo("schedule-talk");
        assertThat(error.get("line")).isEqualTo(lineOf(model, "id=\"schedule-talk\""));
        assertThat((String) error.get("text")).isEqualTo("processes/appraisal-talk.bpmn, linje " + error.get("line")
                + ", element «schedule-talk»: Skjemaet «avtaleskjema» finnes ikke, verken i opplastingen eller blant "
                + "skjemaene som er rullet ut.");
    }

    @Test
    void anUnknownBeanIsRefused() {
        String model = change(talk(), "${disagreementRecorder}", "${disagreementLogger}");

        Map error = refusedEverywhere(files(TALK, model));

        assertThat(error.get("elementId")).isEqualTo("record-disagreement");
        assertThat((String) error.get("message")).startsWith("Tjenesten «disagreementLogger» i camunda:delegateExpression");
    }

    @Test
    void aTimerThatDoesNotParseIsRefused() {
        String model = change(talk(), "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${prepReminderAt}</bpmn:timeDate>",
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">2027-02-30T08:00:00</bpmn:timeDate>");

        Map error = refusedEverywhere(files(TALK, model));

        assertThat(error.get("elementId")).isEqualTo("prep-reminder");
        assertThat((String) error.get("message")).startsWith("Tidspunktet «2027-02-30T08:00:00» (timeDate) kan ikke tolkes");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void hrWhoChoseEnglishIsToldInEnglish() {
        String model = change(talk(), "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${prepReminderAt}</bpmn:timeDate>",
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">2027-02-30T08:00:00</bpmn:timeDate>");

        ResponseEntity<Map> check = api(http, "hege", "validate?lang=en", files(TALK, model));

        Map error = ((List<Map>) check.getBody().get("errors")).get(0);
        assertThat(error.get("text")).isEqualTo("processes/appraisal-talk.bpmn, line " + error.get("line")
                + ", element «prep-reminder»: The time «2027-02-30T08:00:00» (timeDate) cannot be read. Write a date and "
                + "time in ISO 8601, for example 2027-03-31T08:00:00, or an expression such as ${prepDeadlineAt}.");
    }

    @Test
    void aVariableTheAppDoesNotPassIsRefusedInAProcessTheAppStarts() {
        String model = change(talk(), "camunda:dueDate=\"${prepDeadlineAt}\"", "camunda:dueDate=\"${preparationDeadline}\"");

        Map error = refusedEverywhere(files(TALK, model));

        assertThat(error.get("elementId")).isEqualTo("prepare-employee");
        assertThat((String) error.get("message")).contains("«preparationDeadline»")
                .contains("Årshjul sender inn").contains("prepDeadlineAt");
    }

    @Test
    void unknownGroupsAndAMissingHistoryTimeToLiveAreRefused() {
        String model = change(change(talk(), "camunda:historyTimeToLive=\"1825\"", ""),
                "camunda:assignee=\"${employeeUserId}\"\n                   camunda:formRef=\"appraisal-minutes-review\"",
                "camunda:candidateGroups=\"verneombud\"\n                   camunda:formRef=\"appraisal-minutes-review\"");

        ResponseEntity<Map> deploy = api(http, "hege", "deploy", files(TALK, model));

        assertThat(deploy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map>) deploy.getBody().get("errors")).extracting(e -> e.get("elementId"), e -> e.get("message"))
                .anySatisfy(e -> assertThat(e.toList()).containsExactly("appraisal-talk", "Prosessen mangler «History "
                        + "time to live» (camunda:historyTimeToLive). Sett antall dager historikken skal tas vare på, "
                        + "for eksempel 1825 (fem år) som de andre prosessene."))
                .anySatisfy(e -> assertThat(e.toList().get(1).toString()).startsWith("Gruppen «verneombud» finnes ikke."));
    }

    @Test
    void aFormWithoutKeysIsRefused() {
        String form = change(read("forms/appraisal-schedule.form"), "\"key\": \"talkPlace\",", "");

        Map error = refusedEverywhere(files("appraisal-schedule.form", form));

        assertThat(error.get("file")).isEqualTo("forms/appraisal-schedule.form");
        assertThat(error.get("elementId")).isEqualTo("talk-place");
        assertThat(error.get("message")).isEqualTo("Feltet mangler «key» (navnet svaret lagres under).");
    }

    /** Refused by the API and by Modeler's deploy, nothing deployed; returns the API's first error. */
    Map refusedEverywhere(Map<String, String> files) {
        long before = deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);

        ResponseEntity<Map> deploy = api(http, "hege", "deploy", files);
        ResponseEntity<Map> fromModeler = modeler(http, "hege", MODELER_DEPLOYMENT, files);

        assertThat(deploy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) deploy.getBody().get("message")).startsWith("Modellene er ikke rullet ut");
        assertThat(fromModeler.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fromModeler.getBody()).containsEntry("type", "InvalidModelException");
        Map first = ((List<Map>) deploy.getBody().get("errors")).get(0);
        assertThat((String) fromModeler.getBody().get("message")).contains((String) first.get("text"));
        assertThat(deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME)).isEqualTo(before);
        assertThat(deployments(repositoryService, MODELER_DEPLOYMENT)).isZero();
        return first;
    }

    static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
