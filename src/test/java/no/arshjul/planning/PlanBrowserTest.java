package no.arshjul.planning;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: HR drafts the SKUP with the sectors' input beside the form, and one of a
 * unit's people reads the unit's approved training plan from the menu. Plan years 3170–3179.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class PlanBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;

    TaskDriver people() {
        return new TaskDriver(taskService, identityService, organisation);
    }

    @Test
    void hrSeesTheSectorsInputWhenSheDraftsTheSkup() {
        new PlanWalk(runtimeService, taskService, people(), 3170, List.of("HO")).inputFromHealth();

        Page hege = BrowserExtension.loggedIn(port, "hege");
        Locator item = hege.locator(".task-item").filter(new Locator.FilterOptions().setHasText("Utarbeid utkast til SKUP 3170"));
        item.locator("a").first().click();
        hege.waitForSelector("body[data-forms-ready=true]");
        assertThat(hege.locator("h1")).hasText("Utarbeid utkast til SKUP 3170");
        Locator inputs = hege.locator("aside.task-context #sector-inputs");
        assertThat(inputs).isVisible();
        assertThat(inputs.locator("summary")).hasText(java.util.regex.Pattern.compile("^Helse og omsorg – Siri Moen, "));
        assertThat(inputs).containsText(PlanWalk.HO_INPUT);
        assertThat(inputs).containsText("Videreutdanning i geriatri");
        // the form to draft in is there beside it
        assertThat(hege.locator("#task-form")).isVisible();
        assertThat(BrowserExtension.seriousAxeViolations(hege)).isEmpty();
        hege.context().close();
    }

    @Test
    void oneOfTheUnitsPeopleReadsTheApprovedTrainingPlan() {
        TaskDriver people = people();
        PlanWalk plan = new PlanWalk(runtimeService, taskService, people, 3171, List.of("HO")).inputFromHealth().toAdoption();
        people.complete("lars", plan.unitTask("HO-SYKEHJEM"), ValidSubmission.of("unit-training-plan",
                "futurePicture", "Alle helsefagarbeidere har fagbrev innen 3173.", "unitConsultationOutcome", "APPROVED"));

        Page kari = BrowserExtension.loggedIn(port, "kari");
        kari.navigate("/opplaeringsplan/HO-SYKEHJEM/3171");
        assertThat(kari.locator("h1")).hasText("Opplæringsplan for Fjordvik sykehjem 3171");
        assertThat(kari.locator("main")).containsText("Framtidsbilde");
        assertThat(kari.locator("main")).containsText("Alle helsefagarbeidere har fagbrev innen 3173.");
        assertThat(kari.locator("#unit-plan-approved")).containsText("registrert av Lars Berg");
        assertThat(BrowserExtension.seriousAxeViolations(kari)).isEmpty();
        // from the menu, her own unit's newest plan
        kari.getByText("Opplæringsplan", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(kari.locator("h1")).containsText("Opplæringsplan for Fjordvik sykehjem");
        kari.context().close();

        Page tone = BrowserExtension.loggedIn(port, "tone");
        var refused = tone.navigate("/opplaeringsplan/HO-SYKEHJEM/3171");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(tone.locator("body")).not().containsText("Alle helsefagarbeidere har fagbrev innen 3173.");
        tone.context().close();
    }
}
