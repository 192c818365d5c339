package no.arshjul.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages carry a Content-Security-Policy that allows no inline or foreign script, and they still
 * work under it: a task form (form-js) and the HR chart (Chart.js) render without a violation.
 * The session cookie is SameSite=Lax.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;

    private final Map<Page, List<String>> consoles = new HashMap<>();

    @Test
    void pagesSendThePolicyAndASameSiteSessionCookie() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'").contains("script-src 'self';").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void aTaskFormAndTheHrChartWorkUnderThePolicy() {
        String talk = appraisals.start("sander.nilsen", YearCalendar.defaultsFor(2193).talkDeadlines()).getProcessInstanceId();
        String task = taskService.createTaskQuery().processInstanceId(talk).singleResult().getId();

        Page employee = watched("sander.nilsen");
        employee.navigate("/oppgaver/" + task);
        employee.waitForSelector("body[data-forms-ready=true]");
        assertThat(employee.locator(".fjs-form input, .fjs-form textarea").count()).as("form-js rendered the form").isPositive();
        assertNoViolations(employee);

        Page hr = watched("hege");
        hr.navigate("/hr");
        hr.waitForSelector("body[data-charts-ready=true]");
        assertThat(hr.locator("canvas").count()).as("Chart.js drew the chart").isPositive();
        assertNoViolations(hr);

        employee.context().close();
        hr.context().close();
    }

    /** A person logged in, whose page reports every policy violation from the first page on. */
    private Page watched(String user) {
        BrowserContext context = BrowserExtension.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("nb-NO").setViewportSize(1280, 900));
        // An init script is the browser's, not the page's: the policy does not apply to it.
        context.addInitScript("window.__violations = []; document.addEventListener('securitypolicyviolation', "
                + "e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        Page page = context.newPage();
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("Refused to")) {
                console.add(message.text());
            }
        });
        page.navigate("/login");
        page.getByLabel("Brukernavn").fill(user);
        page.getByLabel("Passord").fill("demo");
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/");
        consoles.put(page, console);
        return page;
    }

    @SuppressWarnings("unchecked")
    private void assertNoViolations(Page page) {
        assertThat((List<String>) page.evaluate("() => window.__violations")).as("policy violations").isEmpty();
        assertThat(consoles.get(page)).as("console messages about the policy").isEmpty();
    }
}
