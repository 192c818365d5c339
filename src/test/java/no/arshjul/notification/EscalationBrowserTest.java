package no.arshjul.notification;

import com.microsoft.playwright.Page;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDateTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;

/**
 * A leader's overdue task, seen in a real browser: Lars has not written Per's minutes by the
 * deadline (the engine's clock is moved past it), and Siri, the leader above him, finds the
 * escalation among the notices in her inbox; Per, whose talk it is, does not. Test year 3402.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class EscalationBrowserTest {

    static final int YEAR = 3402;

    @LocalServerPort
    int port;
    @Autowired
    OrganisationService organisation;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deleteYear(runtimeService, YEAR);
    }

    @Test
    void theLeaderAboveSeesTheOverdueTaskOfTheLeaderBelowInHerInbox() {
        clockAt(LocalDateTime.of(YEAR, 2, 1, 9, 0));
        // the talk has been held; Lars, Per's leader, has not written the minutes
        ProcessInstance talk = OverdueEscalationTest.talkWaitingForMinutes(runtimeService, organisation, "per", YEAR);

        clockAt(LocalDateTime.of(YEAR, 6, 16, 0, 30));
        fireDueJobs(managementService, talk.getId());

        Page siri = BrowserExtension.loggedIn(port, "siri");
        var escalation = siri.locator("#notices li[data-kind=escalation]").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Per Hansen"));
        assertThat(escalation).hasCount(1);
        assertThat(escalation).containsText("Fristen er passert: Skriv referat og utviklingsplan");
        assertThat(escalation).containsText("Lars Berg");
        assertThat(escalation).containsText("15.06." + YEAR);
        assertThat(siri.locator("#notices time").first()).hasText("16.06." + YEAR + " 00:30");

        Page perSees = BrowserExtension.loggedIn(port, "per");
        assertThat(perSees.locator("#notices li[data-kind=escalation]").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Skriv referat og utviklingsplan")))
                .hasCount(0);
    }
}
