package no.arshjul.cycle;

import com.microsoft.playwright.Page;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Årshjulet" in a real browser: HR starts a year whose default dates are past, sees the proposed
 * dates, confirms them, and the year starts with them; an employee sees what is theirs and may not
 * start a year. Test years 3290–3299.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class YearViewBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CycleService cycles;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deleteYear(runtimeService, 3290);
        deleteYear(runtimeService, 3291);
    }

    @Test
    void aYearStartedLateProposesNewDatesWhichHrConfirms() {
        clockAt(LocalDateTime.of(3290, 3, 10, 9, 0));
        Page hege = BrowserExtension.loggedIn(port, "hege");
        hege.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Årshjulet").setExact(true)).click();
        hege.navigate("/arshjulet?year=3290");
        assertThat(hege.locator("h1")).hasText("Årshjulet 3290");
        assertThat(hege.locator("#year-wheel li[data-field=mappingOpens] time")).hasText("15.01.3290");

        hege.locator("#start-year-button").click();

        // nothing started: each past date named, with the proposal beside it
        assertThat(hege.locator("#start-problems")).containsText("noen datoer er allerede passert");
        assertThat(hege.locator("#start-problems li[data-field=mappingOpens]"))
                .containsText("«Kompetansekartlegging åpner» (15.01.3290) er allerede passert");
        assertThat(hege.locator("#start-problems li[data-field=talksOpen]")).containsText("27.03.3290");
        assertThat(hege.locator("#start-problems li")).hasCount(2);
        assertThat(hege.locator("#proposal tr[data-field=mappingOpens] td")).hasText("10.03.3290");
        assertThat(hege.locator("#proposal tr[data-field=talksOpen] td")).hasText("27.03.3290");
        assertThat(hege.locator("#proposal tr[data-field=approvalDeadline] td")).hasText("07.02.3291");
        assertThat(hege.locator("#proposal tbody tr")).hasCount(11);
        assertThat(BrowserExtension.seriousAxeViolations(hege)).isEmpty();
        assertThat(cycles.exists(3290)).isFalse();

        hege.locator("#confirm-start").click();

        assertThat(hege.locator(".flash")).containsText("Årshjulet for 3290 er startet");
        YearCalendar started = cycles.find(3290).orElseThrow().calendar();
        assertThat(started.mappingOpens()).isEqualTo(LocalDate.of(3290, 3, 10));
        assertThat(started.talksOpen()).isEqualTo(LocalDate.of(3290, 3, 27));
        assertThat(started.pastFields(LocalDate.of(3290, 3, 10))).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("annual-cycle")
                .processInstanceBusinessKey("3290").count()).isOne();
        assertThat(hege.locator("#year-wheel li[data-field=mappingOpens] time")).hasText("10.03.3290");
        assertThat(hege.locator("#year-wheel li").first()).hasAttribute("data-field", "mappingOpens");
        assertThat(hege.locator("#start-year")).hasCount(0);

        // in English too
        hege.navigate("/arshjulet?year=3290&lang=en");
        assertThat(hege.locator("h1")).hasText("The year 3290");
        assertThat(hege.locator("#year-wheel li[data-field=consultationMeeting]")).containsText("Your step");
        hege.navigate("/arshjulet?year=3290&lang=nb");
    }

    @Test
    void anEmployeeSeesHerStepsAndMayNotStartAYear() {
        clockAt(LocalDateTime.of(3291, 3, 10, 9, 0));
        Page kari = BrowserExtension.loggedIn(port, "kari");
        kari.navigate("/arshjulet?year=3291");

        assertThat(kari.locator("#start-year")).hasCount(0);
        assertThat(kari.locator("#year-wheel li[data-field=mappingOpens]")).hasAttribute("data-mine", "true");
        assertThat(kari.locator("#year-wheel li[data-field=mappingOpens]")).containsText("Ditt steg");
        assertThat(kari.locator("#year-wheel li[data-field=approvalDeadline]")).hasAttribute("data-mine", "false");
        assertThat(kari.locator("#year-wheel li[data-field=approvalDeadline] .badge")).hasCount(0);
        assertThat(BrowserExtension.seriousAxeViolations(kari)).isEmpty();

        Object status = kari.evaluate("() => fetch('/arshjulet/start', { method: 'POST',"
                + " headers: { 'Content-Type': 'application/x-www-form-urlencoded',"
                + " [document.querySelector('meta[name=_csrf_header]').content]: document.querySelector('meta[name=_csrf]').content },"
                + " body: 'year=3291&confirm=false', redirect: 'manual' }).then(r => r.status)");
        assertThat(((Number) status).intValue()).isEqualTo(403);
        assertThat(cycles.exists(3291)).isFalse();
    }
}
