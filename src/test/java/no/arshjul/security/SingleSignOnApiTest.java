package no.arshjul.security;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.LocalDateTime;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Scripts and Camunda Modeler call /api and /engine-rest with the provider's bearer token. */
@ArshjulTest
class SingleSignOnApiTest extends SingleSignOnTestBase {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aBearerTokenListsThePersonsOwnTasksOnTheApiAndTheEngineRest() {
        clockAt(LocalDateTime.of(2710, 2, 1, 9, 0));
        String instance = appraisals.start("kari", YearCalendar.defaultsFor(2710).talkDeadlines()).getProcessInstanceId();
        ClockUtil.reset();
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

        ResponseEntity<String> api = get("/api/tasks", tokenFor("kari"));
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getBody()).contains(taskId);
        ResponseEntity<String> engine = get("/engine-rest/task?processInstanceId=" + instance, tokenFor("kari"));
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engine.getBody()).contains(taskId);

        // The engine sees the token's person, not everyone: per gets in but does not see kari's task.
        ResponseEntity<String> per = get("/engine-rest/task?processInstanceId=" + instance, tokenFor("per"));
        assertThat(per.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(per.getBody()).doesNotContain(taskId);
        assertThat(get("/api/tasks", tokenFor("per")).getBody()).doesNotContain(taskId);
    }

    @Test
    void hrDeploysAModelWithABearerTokenAsCamundaModelerDoesAndOthersMayNot() {
        long before = repositoryService.createDeploymentQuery().deploymentName("sso-test").count();

        ResponseEntity<Map> kari = deploy(tokenFor("kari"));
        assertThat(kari.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("sso-test").count()).isEqualTo(before);

        ResponseEntity<Map> hege = deploy(tokenFor("hege"));
        assertThat(hege.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("sso-test").count()).isEqualTo(before + 1);
        repositoryService.deleteDeployment((String) hege.getBody().get("id"), true);
    }

    @Test
    void expiredForeignAndUnknownPeoplesTokensGet401() {
        String expired = tokenFor(ISSUER_ID, "kari", -3600);
        String foreign = tokenFor("annen-kommune", "kari", 3600);
        String unknown = tokenFor("ola.ukjent");
        for (String path : new String[] {"/api/tasks", "/engine-rest/task"}) {
            assertThat(get(path, expired).getStatusCode()).as("expired on " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(get(path, foreign).getStatusCode()).as("foreign issuer on " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(get(path, unknown).getStatusCode()).as("unknown person on " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(get(path, "not-a-token").getStatusCode()).as("garbage on " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as("nothing on " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void basicStillWorksBesideBearerTokens() {
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/tasks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<Map> deploy(String token) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "sso-test");
        body.add("deployment-source", "Camunda Modeler");
        body.add("data", new FileSystemResource("processes/annual-cycle.bpmn"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBearerAuth(token);
        return http.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), Map.class);
    }
}
