package no.arshjul.security;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who gets in where, through the real HTTP stack: Spring Security, Jersey and the engine's authorizations. */
@ArshjulTest
class SecurityTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @Test
    void engineRestNeedsCredentials() {
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("kari", "feil").getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyHrMayDeploy() {
        long before = repositoryService.createDeploymentQuery().deploymentName("security-test").count();

        ResponseEntity<Map> kari = deployAs("kari");
        assertThat(kari.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(kari.getBody()).containsEntry("type", "AuthorizationException");
        ResponseEntity<Map> lars = deployAs("lars");
        assertThat(lars.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("security-test").count()).isEqualTo(before);

        ResponseEntity<Map> hege = deployAs("hege");
        assertThat(hege.getStatusCode()).isEqualTo(HttpStatus.OK);
        repositoryService.deleteDeployment((String) hege.getBody().get("id"), true);
    }

    @Test
    void theHrGroupGrantsDeployingWithoutAdminRights() {
        // An HR adviser known only by the hr group deploys through its grant alone.
        var deployment = Engine.as(identityService, "hr.adviser", List.of("hr", "employee"), () ->
                repositoryService.createDeployment().name("security-test")
                        .addClasspathResource("db/migration/V1__organisation.sql").deploy());
        repositoryService.deleteDeployment(deployment.getId(), true);

        assertThatThrownBy(() -> Engine.as(identityService, "leader", List.of("leader", "employee"), () ->
                repositoryService.createDeployment().name("security-test")
                        .addClasspathResource("db/migration/V1__organisation.sql").deploy()))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void pagesNeedLogIn() throws Exception {
        HttpResponse<String> home = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        ResponseEntity<String> login = http.getForEntity("/login", String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).contains("Logg inn").contains("lang=\"nb\"");
    }

    @Test
    void apiNeedsCredentialsAndTheRightRole() {
        assertThat(http.getForEntity("/api/organisation/people/kari/leaders", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/organisation/people/kari/leaders", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/organisation/people/per/leaders", String.class)
                .getStatusCode()).as("kari may not look up per").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("hege", "demo").getForEntity("/api/organisation/people/per/leaders", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void healthShowsDatabaseAndEngineWithoutLogIn() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody().get("components");
        assertThat(components.get("db")).containsEntry("status", "UP");
        assertThat(components.get("processEngine")).containsEntry("status", "UP");
    }

    private ResponseEntity<Map> deployAs(String user) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "security-test");
        body.add("data", new FileSystemResource("processes/annual-cycle.bpmn"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), Map.class);
    }
}
