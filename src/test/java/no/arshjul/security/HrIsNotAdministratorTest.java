package no.arshjul.security;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR runs the year and the plan but is not the engine's administrator: it cannot work the union
 * representatives' or the rådmann's tasks, nor read or write a talk's data, on any path. The
 * operations user (drift) is the one who opens Camunda Admin.
 */
@ArshjulTest
class HrIsNotAdministratorTest {

    static int nextPlanYear = 2065;

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;
    @Autowired
    AppraisalService appraisals;
    @LocalServerPort
    int port;

    TaskDriver people;
    String plan;

    @BeforeEach
    void planUpToTheConsultation() {
        people = new TaskDriver(taskService, identityService, organisation);
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(2064).planVariables());
        int planYear = nextPlanYear++;
        variables.put("planYear", planYear);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        plan = runtimeService.startProcessInstanceByKey("skup", String.valueOf(planYear), variables).getId();
        people.complete("siri", task("submit-sector-input"), ValidSubmission.of("skup-sector-input"));
        people.complete("hege", task("draft-skup"), ValidSubmission.of("skup-draft", "periodFrom", planYear, "periodTo", planYear + 3));
        people.complete("siri", task("forum-review"), ValidSubmission.of("skup-forum-review"));
        people.complete("rita", task("radmann-direction"), ValidSubmission.of("skup-direction"));
        people.complete("hege", task("finalise-skup"), ValidSubmission.of("skup-draft", "periodFrom", planYear, "periodTo", planYear + 3));
    }

    @Test
    void hrMayNeitherClaimNorAssignNorCompleteTheConsultationOrTheApproval() {
        hegeIsRefusedOn(task("record-consultation"),
                ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));

        people.complete("tone", task("record-consultation"),
                ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));
        hegeIsRefusedOn(task("approve-skup"), ValidSubmission.of("skup-approval", "approvalDecision", "ADOPTED"));
    }

    private void hegeIsRefusedOn(Task task, Map<String, Object> validAnswers) {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        String rest = "/engine-rest/task/" + task.getId();
        assertThat(hege.postForEntity(rest + "/claim", json(Map.of("userId", "hege")), String.class).getStatusCode())
                .as("claim over engine-rest").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity(rest + "/assignee", json(Map.of("userId", "hege")), String.class).getStatusCode())
                .as("assign over engine-rest").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity(rest + "/complete", json(Map.of("variables", restVariables(validAnswers))),
                String.class).getStatusCode()).as("complete over engine-rest").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity(rest + "/submit-form", json(Map.of("variables", restVariables(validAnswers))),
                String.class).getStatusCode()).as("submit-form over engine-rest").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity("/api/tasks/" + task.getId() + "/claim", null, String.class).getStatusCode())
                .as("claim over /api/tasks").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity("/api/tasks/" + task.getId() + "/complete", json(validAnswers), String.class)
                .getStatusCode()).as("complete over /api/tasks").isEqualTo(HttpStatus.FORBIDDEN);

        Task still = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(still).as("the task is still open").isNotNull();
        assertThat(still.getAssignee()).isNull();
    }

    @Test
    void hrMayNeitherReadNorWriteATalksVariablesOrHistory() {
        String talk = appraisals.start("sander.berge", YearCalendar.defaultsFor(2184).talkDeadlines()).getProcessInstanceId();
        String talkTask = taskService.createTaskQuery().processInstanceId(talk).list().get(0).getId();
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        String instance = "/engine-rest/process-instance/" + talk;
        Map<String, Object> modification = Map.of("modifications", Map.of("smuglet", Map.of("value", "x", "type", "String")));

        assertThat(hege.getForEntity(instance + "/variables", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.exchange(instance + "/variables/smuglet", HttpMethod.PUT,
                json(Map.of("value", "x", "type", "String")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity(instance + "/variables", json(modification), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.getForEntity("/engine-rest/task/" + talkTask + "/variables", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity("/engine-rest/task/" + talkTask + "/variables", json(modification), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity("/engine-rest/process-instance/variables-async", json(Map.of(
                "processInstanceIds", List.of(talk), "variables", Map.of("smuglet", Map.of("value", "x")))), String.class)
                .getStatusCode()).as("nor through a batch").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hege.postForEntity("/engine-rest/process-instance/delete", json(Map.of(
                "processInstanceIds", List.of(talk), "deleteReason", "test")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        String deployment = repositoryService.getProcessDefinition(
                runtimeService.createProcessInstanceQuery().processInstanceId(talk).singleResult().getProcessDefinitionId())
                .getDeploymentId();
        assertThat(hege.exchange("/engine-rest/deployment/" + deployment + "?cascade=true", HttpMethod.DELETE, null,
                String.class).getStatusCode()).as("nor by deleting the deployment with its instances")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.getVariable(talk, "smuglet")).as("nothing was written").isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(talk).count()).isEqualTo(1);

        // The engine answers history queries with what the caller may see rather than refusing them:
        // for HR, nothing of a talk. The operations user sees the same query's rows.
        for (String query : List.of("/engine-rest/history/process-instance?processInstanceId=",
                "/engine-rest/history/task?processInstanceId=",
                "/engine-rest/history/activity-instance?processInstanceId=")) {
            ResponseEntity<List> hr = hege.getForEntity(query + talk, List.class);
            assertThat(hr.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
            assertThat(hr.getBody()).as(query).isEmpty();
            assertThat(http.withBasicAuth("drift", "demo").getForEntity(query + talk, List.class).getBody())
                    .as("drift: " + query).isNotEmpty();
        }
        assertThat(hege.getForEntity("/engine-rest/history/process-instance/" + talk, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        // History level 'activity': the history keeps no variables, so there are none to read for anyone.
        assertThat(http.withBasicAuth("drift", "demo").getForEntity("/engine-rest/history/variable-instance?processInstanceId="
                + talk, List.class).getBody()).as("drift: no variables in the history").isEmpty();
    }

    @Test
    void theOperationsUserOpensCamundaAdminAndHrDoesNot() throws Exception {
        assertThat(logInToCamundaApp("drift", "admin")).isEqualTo(200);
        assertThat(logInToCamundaApp("hege", "admin")).isEqualTo(403);
        assertThat(logInToCamundaApp("hege", "cockpit")).as("HR follows progress in Cockpit").isEqualTo(200);

        assertThat(http.withBasicAuth("drift", "demo").getForEntity("/engine-rest/authorization/count", Map.class)
                .getBody().get("count")).isNotEqualTo(0);
        assertThat(http.withBasicAuth("hege", "demo").getForEntity("/engine-rest/authorization/count", Map.class)
                .getBody().get("count")).as("HR reads no authorizations").isEqualTo(0);
    }

    @Test
    void hrStillStartsTheYearAndFollowsThePlansProcesses() {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        assertThat(hege.postForEntity("/api/cycles", json(Map.of("year", 2069)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<List> plans = hege.getForEntity("/engine-rest/process-instance?processDefinitionKey=skup", List.class);
        assertThat(plans.getBody()).extracting(p -> ((Map<?, ?>) p).get("id")).contains(plan);
        assertThat(hege.getForEntity("/engine-rest/process-instance/" + plan + "/activity-instances", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(hege.getForEntity("/engine-rest/task?processInstanceId=" + plan, List.class).getBody())
                .as("HR sees where the plan waits").hasSize(1);
        assertThat(hege.getForEntity("/engine-rest/history/activity-instance?processInstanceId=" + plan, List.class)
                .getBody()).isNotEmpty();
    }

    /** Logs in to one of Camunda's webapps the way its log-in page does (with its CSRF token); returns the status. */
    private int logInToCamundaApp(String user, String app) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port + "/camunda";
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/app/" + app + "/default/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(""));
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceId(plan).taskDefinitionKey(key).singleResult();
    }

    static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    static Map<String, Object> restVariables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Map<String, Object> typed = new HashMap<>();
            typed.put("value", value);
            variables.put(name, typed);
        });
        return variables;
    }
}
