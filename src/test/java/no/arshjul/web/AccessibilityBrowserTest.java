package no.arshjul.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.CycleService;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import no.arshjul.support.Engine;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no violation, of any impact, on any page Årshjul draws, in bokmål and in English;
 * every page follows the person's choice of language. The task forms are checked one by one in
 * FormsBrowserTest. The screenshots in docs/screenshots are the ones this test leaves in target/screenshots.
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
    @Autowired
    OrganisationService organisation;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    CycleService cycles;

    /** Anne's talk and mapping, a plan and its evaluation: the pages show a year's content. */
    static final int WALK_YEAR = 3330;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    void check(Page page, String name) {
        // Forms are long: their screenshot shows the top, as a person first sees it.
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(!name.endsWith("form")));
        assertThat(Axe.violations(page)).as(name).isEmpty();
    }

    String openTask(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @Test
    void theMainPagesHaveNoViolations() {
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

    /** A page, who opens it (null: nobody logged in), and the status it answers with. */
    record Shown(String user, String path, int status) {
    }

    @Test
    void everyPageHasNoViolationInBokmalOrEnglish() {
        int year = WALK_YEAR;
        new DemoForms(new DemoForms.Services(taskService, identityService, organisation, runtimeService, managementService,
                appraisals, mappings, cycles, repositoryService), (form, user, task) -> { }).walk(year);
        ClockUtil.reset();
        List<Task> unitPlans = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(year))
                .taskDefinitionKey("make-unit-plan").list();
        String openTask = unitPlans.get(0).getId();
        String unitLeader = unitPlans.get(0).getAssignee();
        // another unit's plan is approved in the unit's consultation: its page shows it
        Task approved = unitPlans.get(1);
        String approvedUnit = (String) taskService.getVariable(approved.getId(), "unitCode");
        new TaskDriver(taskService, identityService, organisation).complete(approved.getAssignee(), approved,
                ValidSubmission.of("unit-training-plan", "unitConsultationOutcome", "APPROVED"));
        List<Shown> pages = List.of(
                new Shown(null, "/login", 200),
                new Shown(null, "/ikke-registrert", 403),
                new Shown("anne", "/", 200),
                new Shown("anne", "/min-side?year=" + year, 200),
                new Shown("anne", "/passord", 200),
                new Shown("anne", "/oppgaver/finnes-ikke", 404),
                new Shown("anne", "/sak/kari", 403),
                new Shown("lars", "/sak/anne?year=" + year, 200),
                new Shown("lars", "/leder?year=" + year, 200),
                new Shown(unitLeader, "/oppgaver/" + openTask, 200),
                new Shown("hege", "/hr?year=" + year, 200),
                new Shown("hege", "/modeller", 200),
                new Shown("hege", "/organisasjon", 200),
                new Shown("hege", "/innlogging", 200),
                new Shown("hege", "/skup/" + year, 200),
                new Shown("hege", "/skup/" + year + "/tiltak", 200),
                new Shown("hege", "/skup/" + year + "/tertial/1", 200),
                new Shown("hege", "/arshjulet", 200),
                new Shown(approved.getAssignee(), "/opplaeringsplan/" + approvedUnit + "/" + year, 200),
                new Shown("elias.sandvik", "/personvern", 200));
        List<String> problems = new ArrayList<>();
        Map<String, Page> sessions = new HashMap<>();
        for (Shown shown : pages) {
            Page page = sessions.computeIfAbsent(String.valueOf(shown.user()), u -> shown.user() == null
                    ? BrowserExtension.browser().newContext(new Browser.NewContextOptions()
                            .setBaseURL("http://localhost:" + port).setLocale("nb-NO")).newPage()
                    : BrowserExtension.loggedIn(port, u));
            for (String lang : List.of("nb", "en")) {
                String where = shown.path() + " as " + shown.user() + " (" + lang + ")";
                Response response = page.navigate(shown.path() + (shown.path().contains("?") ? "&" : "?") + "lang=" + lang);
                if (response.status() != shown.status()) {
                    problems.add(where + " answered " + response.status());
                }
                page.waitForLoadState(LoadState.NETWORKIDLE);
                if (page.locator("#task-data").count() > 0) {
                    page.waitForSelector("body[data-forms-ready=true]");
                }
                if (page.locator("canvas").count() > 0) {
                    page.waitForSelector("body[data-charts-ready=true]");
                }
                Object pageLang = page.evaluate("() => document.documentElement.lang");
                // The SKUP is one document in bokmål for page and PDF alike (planning/SkupDocumentController).
                if (!lang.equals(pageLang) && !shown.path().matches("/skup/\\d+")) {
                    problems.add(where + " is in the language " + pageLang);
                }
                Axe.violations(page).forEach(v -> problems.add(where + ": " + v));
            }
            page.navigate("/login?lang=nb");
        }
        sessions.values().forEach(p -> p.context().close());
        assertThat(problems).isEmpty();
    }
}
