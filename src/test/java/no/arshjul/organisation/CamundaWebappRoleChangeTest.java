package no.arshjul.organisation;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's own apps see a role HR takes away at the person's next request too: the webapps'
 * authentication cache is off (camunda.bpm.webapp.auth.cache.time-to-live: 0), so Cockpit, which
 * only hr may open, is gone from the session HR's former member is still logged in with.
 */
@ArshjulTest
class CamundaWebappRoleChangeTest {

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void cockpitIsGoneFromTheSessionAtTheNextRequestAfterHrIsRemoved() throws Exception {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        hege.postForEntity("/api/organisation/roles", Map.of("userId", "per", "role", "hr"), Map.class);
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        try {
            client.send(get("/camunda/app/cockpit/default/"), HttpResponse.BodyHandlers.discarding());
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=per&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(client.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("cockpit");
        } finally {
            hege.exchange("/api/organisation/roles/per/hr", HttpMethod.DELETE, null, Void.class);
        }

        String afterRemoval = client.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(afterRemoval).contains("tasklist").doesNotContain("cockpit");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
