package no.arshjul.planning;

import com.microsoft.playwright.Page;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** HR follows up a measure in the browser, keyboard-labelled and without serious axe findings. Plan year 3245. */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class SkupMeasureBrowserTest {

    static final int YEAR = 3245;

    @LocalServerPort
    int port;
    @Autowired
    SkupPlanRepository plans;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void hrUpdatesAMeasureAndReadsTheTertialReport() {
        long measure = new SkupMeasurePlans(plans, transactions).plan(YEAR, true, "Fagbrev for assistenter", 250_000,
                "Lederutvikling", 100_000).get(0);
        Page hr = BrowserExtension.loggedIn(port, "hege");
        hr.navigate("/skup/" + YEAR + "/tiltak");
        assertThat(BrowserExtension.seriousAxeViolations(hr)).as("follow-up page").isEmpty();

        var form = hr.locator("#tiltak-" + measure);
        form.getByLabel("Status").selectOption("Pågår");
        form.getByLabel("Forbruk (kr)").fill("-10");
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(hr.locator("#error-" + measure)).hasText("Forbruket kan ikke være negativt.");
        assertThat(BrowserExtension.seriousAxeViolations(hr)).as("follow-up page with a refusal").isEmpty();

        form = hr.locator("#tiltak-" + measure);
        form.getByLabel("Forbruk (kr)").fill("40000");
        form.getByLabel("Kommentar").fill("Første kull i gang.");
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(hr.locator(".status-box.ok")).hasText("Lagret: Fagbrev for assistenter.");
        assertThat(hr.locator("#history-table tbody tr")).hasCount(1);
        assertThat(hr.locator("#history-table tbody tr td").nth(3)).hasText("Planlagt → Pågår");
        hr.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "skup-measures.png")).setFullPage(true));

        hr.navigate("/skup/" + YEAR + "/tertial/1");
        assertThat(hr.locator("h1")).containsText("1. tertial " + YEAR);
        assertThat(hr.locator("tbody tr").first()).containsText("Pågår");
        assertThat(BrowserExtension.seriousAxeViolations(hr)).as("tertial report").isEmpty();
        hr.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "tertial-report.png")).setFullPage(true));
    }
}
