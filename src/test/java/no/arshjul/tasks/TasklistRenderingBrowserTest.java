package no.arshjul.tasks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDateTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.arshjul.support.ProcessTestSupport.clockAt;

/**
 * The same Camunda Forms render in Camunda Tasklist (which bundles form-js 1.8.7 too), for a person
 * logged in with their Årshjul password: the forms are HR's documents, not tied to Årshjul's pages.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class TasklistRenderingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    CompetenceMappingService mappings;

    @Test
    void anEmployeesFormsRenderInCamundaTasklist() {
        clockAt(LocalDateTime.of(2620, 2, 1, 9, 0));
        appraisals.start("leif", YearCalendar.defaultsFor(2620).talkDeadlines());
        mappings.start("leif", YearCalendar.defaultsFor(2620).mappingDeadlines());
        ClockUtil.reset();

        Page page = BrowserExtension.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(1280, 900)).newPage();
        page.navigate("/camunda/app/tasklist/default/");
        page.getByPlaceholder("Username").fill("leif");
        page.getByPlaceholder("Password").fill("demo");
        page.locator("button[type=submit]").click();

        page.getByText("Forbered medarbeidersamtalen").first().click();
        assertThat(page.locator(".fjs-form")).isVisible();
        assertThat(page.getByText("Kompetanse jeg ønsker eller trenger").first()).isVisible();

        page.getByText("Registrer kompetansen din").first().click();
        assertThat(page.getByText("Utviklingsønsker").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", "tasklist.png")));
        page.context().close();
    }
}
