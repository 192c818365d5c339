package no.arshjul.web;

import com.microsoft.playwright.Page;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical WCAG 2.1 AA violation on the main pages. The screenshots
 * in docs/screenshots are the ones this test leaves in target/screenshots.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class AccessibilityBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    void check(Page page, String name) {
        // Forms are long: their screenshot shows the top, as a person first sees it.
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(!name.endsWith("form")));
        assertThat(BrowserExtension.seriousAxeViolations(page)).as(name).isEmpty();
    }

    String openTask(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @Test
    void theMainPagesHaveNoSeriousViolations() {
        // This year, so the pages show it without choosing a year; no other test uses it.
        int year = LocalDateTime.now().getYear();
        clockAt(LocalDateTime.of(year, 1, 20, 9, 0));
        String employeeTalk = appraisals.start("annegrott", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        String per = appraisals.start("per", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        ClockUtil.reset();
        if (taskService.createTaskQuery().processInstanceId(per).taskDefinitionKey("prepare-employee").count() == 1) {
            Engine.as(identityService, "per", List.of("employee"), () -> taskService.complete(openTask(per),
                    ValidSubmission.of("appraisal-prep-employee", "pdWishes", "Veiledning av lærlinger")));
        }

        Page employee = BrowserExtension.loggedIn(port, "annegrott");
        check(employee, "inbox");
        employee.navigate("/oppgaver/" + openTask(employeeTalk));
        employee.waitForSelector("body[data-forms-ready=true]");
        check(employee, "form");

        Page leader = BrowserExtension.loggedIn(port, "lars");
        leader.navigate("/leder");
        check(leader, "leader-overview");
        leader.navigate("/oppgaver/" + openTask(per));
        leader.waitForSelector("body[data-forms-ready=true]");
        check(leader, "leader-form");

        Page hr = BrowserExtension.loggedIn(port, "hege");
        hr.navigate("/hr");
        hr.waitForSelector("body[data-charts-ready=true]");
        check(hr, "hr-dashboard");
        employee.context().close();
        leader.context().close();
        hr.context().close();
    }
}
