package no.arshjul.security;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Log-in sessions are kept in the database (Spring Session JDBC), with the cookie name, flags and
 * 30-minute timeout the app had before, so any node can serve the next request.
 */
@ArshjulTest
class LogInSessionsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFormLogInIsStoredInTheDatabaseUnderTheSameCookieAndEndsWithTheLogOut() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        // other test classes in this application context may have their own sessions for per
        int before = jdbc.queryForObject("select count(*) from spring_session where principal_name = 'per'", Integer.class);
        HttpResponse<String> loggedIn = post(browser, "/login", "username=per&password=demo&_csrf="
                + csrf(get(browser, "/login").body()));
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(loggedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'per'", Integer.class))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select max(max_inactive_interval) from spring_session where principal_name = 'per'",
                Integer.class)).as("30 minutes").isEqualTo(1800);

        // The next requests read the session back from the table: the security context and the CSRF token.
        assertThat(get(browser, "/api/tasks").statusCode()).isEqualTo(200);
        String page = get(browser, "/").body();
        assertThat(page).contains("Mine oppgaver");

        HttpResponse<String> loggedOut = post(browser, "/logout", "_csrf=" + csrf(page));
        assertThat(loggedOut.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=;").contains("Max-Age=0"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'per'", Integer.class))
                .as("the session is gone from the database").isEqualTo(before);
        assertThat(get(browser, "/api/tasks").statusCode()).as("the old cookie lets nobody in").isEqualTo(401);
    }

    @Test
    void aCookieThatIsNoStoredSessionLetsNobodyIn() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpCookie forged = new HttpCookie("JSESSIONID", "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw");
        forged.setPath("/");
        cookies.getCookieStore().add(URI.create("http://localhost:" + port), forged);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        assertThat(get(browser, "/api/tasks").statusCode()).isEqualTo(401);
        assertThat(get(browser, "/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void callsWithBasicAuthStoreNoSession() throws Exception {
        int before = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
        HttpClient script = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("lars:demo".getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/tasks", "/engine-rest/task", "/api/leader/overview")) {
            HttpResponse<String> answer = script.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(before);
    }

    @Test
    void camundasWebappsKeepTheirLogInInTheStoredSessionToo() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> tasklist = get(browser, "/camunda/app/tasklist/default/");
        String token = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(""));

        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=anne&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).as("the CSRF token of the page was kept in the session").isEqualTo(200);

        HttpResponse<String> who = get(browser, "/camunda/api/admin/auth/user/default");
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("\"userId\":\"anne\"");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(m.group(1) != null ? m.group(1) : m.group(2), StandardCharsets.UTF_8);
    }
}
