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
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    /** Posts the start form from the page (with the page's CSRF token); answers "status text". */
    static final String POST_START = "body => fetch('/arshjulet/start', { method: 'POST',"
            + " headers: { 'Content-Type': 'application/x-www-form-urlencoded',"
            + " [document.querySelector('meta[name=_csrf_header]').content]: document.querySelector('meta[name=_csrf]').content },"
            + " body, redirect: 'manual' }).then(async r => r.status + ' ' + await r.text())";

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deleteYear(runtimeService, 3290);
        deleteYear(runtimeService, 3291);
        deleteYear(runtimeService, 3292);
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

        com.microsoft.playwright.Response refused = hege.waitForResponse(r -> r.url().endsWith("/arshjulet/start"),
                () -> hege.locator("#start-year-button").click());
        assertThat(refused.status()).as("nothing started: 400").isEqualTo(400);

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

        // a year out of range is refused at the field, as a 400
        Object badYear = hege.evaluate(POST_START, "year=1999");
        assertThat(badYear.toString()).startsWith("400").contains("«year» må være et år fra 2020 til 9999.");

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
        assertThat(hege.locator("h1")).hasText("The year wheel 3290");
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

        Object status = kari.evaluate(POST_START, "year=3291&confirm=false");
        assertThat(status.toString()).startsWith("403");
        assertThat(cycles.exists(3291)).isFalse();
    }

    @Test
    void aYearStartedWithPastDatesIsRefusedInTheCalendarTaskUntilHrChoosesStartNow() {
        // started with the default dates (as from HR's dashboard) in January, the calendar confirmed in March
        clockAt(LocalDateTime.of(3292, 1, 5, 9, 0));
        no.arshjul.support.Engine.as(identityService, "hege", java.util.List.of("hr", "employee"),
                () -> cycles.start(YearCalendar.defaultsFor(3292), "hege"));
        clockAt(LocalDateTime.of(3292, 3, 10, 9, 0));
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey("3292")
                .taskDefinitionKey("set-calendar").singleResult().getId();

        Page hege = BrowserExtension.loggedIn(port, "hege");
        hege.navigate("/oppgaver/" + taskId);
        hege.waitForSelector("body[data-forms-ready=true]");
        hege.getByText("Send inn", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(hege.locator(".fjs-form-field-error").first()).containsText("er allerede passert");
        assertThat(hege.locator(".fjs-form-field-error").first()).containsText("10.03.3292");
        assertThat(hege.getByText("27.03.3292", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(cycles.find(3292).orElseThrow().calendar().mappingOpens()).isEqualTo(LocalDate.of(3292, 1, 15));

        hege.getByLabel("Start nå: flytt hele kalenderen fram fra i dag, med samme avstand mellom datoene").check();
        hege.getByText("Send inn", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(hege.getByText("Takk! Oppgaven er sendt inn.")).isVisible();
        YearCalendar kept = cycles.find(3292).orElseThrow().calendar();
        assertThat(kept.mappingOpens()).isEqualTo(LocalDate.of(3292, 3, 10));
        assertThat(kept.talksOpen()).isEqualTo(LocalDate.of(3292, 3, 27));
    }
}
