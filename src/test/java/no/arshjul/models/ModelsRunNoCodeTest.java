package no.arshjul.models;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static no.arshjul.models.ModelUploads.api;
import static no.arshjul.models.ModelUploads.change;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.models.ModelUploads.modeler;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model HR (hege) deploys can run no code and reach no data: each way in is refused, with the
 * element named, through the models API, the models page and Camunda Modeler's deploy, and nothing
 * is deployed.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ModelsRunNoCodeTest {

    static final String MODELER_DEPLOYMENT = "modeler-no-code-test";
    static final String TALK = "appraisal-talk.bpmn";
    static final String REMINDER_TASK = "<bpmn:serviceTask id=\"send-prep-reminder\" name=\"Send påminnelse\" "
            + "camunda:delegateExpression=\"${taskReminder}\">";
    static final String REMINDER_FLOWS = "<bpmn:incoming>flow-to-send-prep-reminder</bpmn:incoming>"
            + "<bpmn:outgoing>flow-to-prep-reminder-sent</bpmn:outgoing>";
    static final String RECORD_DISAGREEMENT = "<bpmn:serviceTask id=\"record-disagreement\" name=\"Registrer uenighet\" "
            + "camunda:delegateExpression=\"${disagreementRecorder}\">";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void removeDeployments() {
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
        ModelUploads.deleteDeployments(repositoryService, MODELER_DEPLOYMENT);
    }

    static Stream<Arguments> forbidden() {
        String talk = ModelUploads.read("processes/" + TALK);
        return Stream.of(
                Arguments.of("reflection through getClass and forName", TALK,
                        change(talk, "camunda:assignee=\"${employeeUserId}\"", "camunda:assignee=\"${''.getClass()"
                                + ".forName('java.lang.System').getMethod('getProperty', ''.getClass())"
                                + ".invoke(null, 'java.version')}\""),
                        "prepare-employee", "«getClass()» er ikke tillatt"),
                Arguments.of("the engine behind the execution", TALK,
                        change(talk, "camunda:delegateExpression=\"${taskReminder}\"",
                                "camunda:expression=\"${execution.getProcessEngineServices().getRuntimeService()}\""),
                        "send-prep-reminder", "«getProcessEngineServices()» er ikke tillatt"),
                Arguments.of("a repository bean", TALK,
                        change(talk, "camunda:assignee=\"${leaders.of(employeeUserId)}\"",
                                "camunda:assignee=\"${formSubmissionRepository.findAll().toString()}\""),
                        "prepare-leader", "«formSubmissionRepository» er en tjeneste i Årshjul som modeller ikke har tilgang til"),
                Arguments.of("a service bean", TALK,
                        change(talk, "camunda:dueDate=\"${prepDeadlineAt}\"",
                                "camunda:dueDate=\"${appraisalService.start(employeeUserId, null)}\""),
                        "prepare-employee", "«appraisalService» er en tjeneste i Årshjul som modeller ikke har tilgang til"),
                Arguments.of("Runtime, T(...) style", TALK,
                        change(talk, "${employeeAck == 'DISAGREE'}",
                                "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/arshjul-pwned') == null}"),
                        "flow-disagreed", "«getRuntime()» er ikke tillatt"),
                Arguments.of("a script task in JavaScript", TALK, scriptTask(talk, "javascript", "",
                                "<bpmn:script>java.lang.System.exit(1)</bpmn:script>"),
                        "send-prep-reminder", "Skriptoppgaver er ikke tillatt i Årshjul, uansett språk (her «javascript»)"),
                Arguments.of("a script task in Groovy", TALK, scriptTask(talk, "groovy", "",
                                "<bpmn:script>'touch /tmp/arshjul-pwned'.execute()</bpmn:script>"),
                        "send-prep-reminder", "Skriptoppgaver er ikke tillatt i Årshjul, uansett språk (her «groovy»)"),
                Arguments.of("an external script resource", TALK, scriptTask(talk, "groovy",
                                " camunda:resource=\"deployment://steal.groovy\"", ""),
                        "send-prep-reminder", "Eksterne skript (camunda:resource=«deployment://steal.groovy») er ikke tillatt"),
                Arguments.of("an execution listener with a forbidden call", TALK,
                        change(talk, RECORD_DISAGREEMENT, RECORD_DISAGREEMENT + "<bpmn:extensionElements>"
                                + "<camunda:executionListener event=\"start\" expression=\"${execution.getProcessEngine()"
                                + ".getName()}\" /></bpmn:extensionElements>"),
                        "record-disagreement", "«getProcessEngine()» er ikke tillatt"),
                Arguments.of("an execution listener with a script", TALK,
                        change(talk, RECORD_DISAGREEMENT, RECORD_DISAGREEMENT + "<bpmn:extensionElements>"
                                + "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
                                + "System.exit(1)</camunda:script></camunda:executionListener></bpmn:extensionElements>"),
                        "record-disagreement", "Skript (camunda:script, språk «groovy») er ikke tillatt"),
                Arguments.of("a sequence-flow condition with a forbidden call", TALK,
                        change(talk, "${employeeAck == 'DISAGREE'}", "${employeeAck == ''.getClass().getName()}"),
                        "flow-disagreed", "«getClass()» er ikke tillatt"),
                Arguments.of("a sequence-flow condition in Groovy", TALK,
                        change(talk, "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${employeeAck == 'DISAGREE'}",
                                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">"
                                        + "employeeAck == 'DISAGREE'"),
                        "flow-disagreed", "Betingelser og uttrykk skrevet som skript (language=«groovy») er ikke tillatt"),
                Arguments.of("a camunda:class outside the app", TALK,
                        change(talk, "camunda:delegateExpression=\"${disagreementRecorder}\"",
                                "camunda:class=\"org.camunda.bpm.engine.impl.bpmn.behavior.ShellActivityBehavior\""),
                        "record-disagreement", "Klassen «org.camunda.bpm.engine.impl.bpmn.behavior.ShellActivityBehavior» "
                                + "(camunda:class) er ikke en av Årshjuls egne"),
                Arguments.of("a decision table in JUEL", "risk.dmn", decisionTable("juel"),
                        "risk-input", "Uttrykksspråket «juel» er ikke tillatt i beslutningstabeller"),
                Arguments.of("a decision table in JavaScript", "risk.dmn", decisionTable("javascript"),
                        "risk-input", "Uttrykksspråket «javascript» er ikke tillatt i beslutningstabeller"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void isRefusedEverywhereAndNothingIsDeployed(String what, String fileName, String model, String elementId,
                                                   String message) throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        Map<String, String> files = files(fileName, model);

        ResponseEntity<Map> validate = api(http, "hege", "validate", files);
        assertThat(validate.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(validate.getBody()).containsEntry("valid", false);
        Map error = ((List<Map>) validate.getBody().get("errors")).stream()
                .filter(e -> String.valueOf(e.get("message")).contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("No error «" + message + "» in " + validate.getBody().get("errors")));
        assertThat(error.get("elementId")).isEqualTo(elementId);
        assertThat(error.get("line")).isNotNull();
        String text = (String) error.get("text");
        assertThat(text).contains("element «" + elementId + "»");

        ResponseEntity<Map> deploy = api(http, "hege", "deploy", files);
        assertThat(deploy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map>) deploy.getBody().get("errors")).extracting(e -> e.get("text")).contains(text);

        ResponseEntity<Map> fromModeler = modeler(http, "hege", MODELER_DEPLOYMENT, files);
        assertThat(fromModeler.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) fromModeler.getBody().get("message")).contains(text);

        ModelsPageTest.Browser hege = ModelsPageTest.Browser.loggedIn(port, "hege");
        HttpResponse<String> page = hege.get("/modeller");
        HttpResponse<String> upload = hege.upload("/modeller/kontroller", ModelsPageTest.csrf(page.body()), fileName, model);
        assertThat(upload.body()).contains("Modellene har feil og kan ikke rulles ut", "element «" + elementId + "»")
                .doesNotContain("name=\"token\"");

        assertThat(repositoryService.createDeploymentQuery().count()).as("deployments after the attempts").isEqualTo(before);
    }

    /** The reminder's service task, start tag to end tag, as a script task with the same flows. */
    static String scriptTask(String talk, String format, String resource, String script) {
        int from = talk.indexOf(REMINDER_TASK);
        int to = talk.indexOf("</bpmn:serviceTask>", from) + "</bpmn:serviceTask>".length();
        assertThat(from).as("the reminder task in the model").isPositive();
        return talk.substring(0, from) + "<bpmn:scriptTask id=\"send-prep-reminder\" name=\"Send påminnelse\" "
                + "scriptFormat=\"" + format + "\"" + resource + ">" + REMINDER_FLOWS + script + "</bpmn:scriptTask>"
                + talk.substring(to);
    }

    static String decisionTable(String expressionLanguage) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                             xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="risk-definitions" name="Risiko" namespace="https://arshjul.no/dmn">
                  <decision id="risk" name="Risiko" camunda:historyTimeToLive="1825">
                    <decisionTable id="risk-table">
                      <input id="risk-in" label="Alder">
                        <inputExpression id="risk-input" typeRef="string" expressionLanguage="%s">
                          <text>${''.getClass().forName('java.lang.Runtime')}</text>
                        </inputExpression>
                      </input>
                      <output id="risk-out" name="risk" typeRef="string" />
                      <rule id="risk-rule">
                        <inputEntry id="risk-rule-in"><text>-</text></inputEntry>
                        <outputEntry id="risk-rule-out"><text>"høy"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(expressionLanguage);
    }
}
