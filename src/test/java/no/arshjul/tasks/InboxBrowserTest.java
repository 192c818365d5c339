package no.arshjul.tasks;

import com.microsoft.playwright.Locator;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** The people's pages in a real browser: an employee does her part, her leader sees it, nobody sees more. */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class InboxBrowserTest {

    static final String WISHES = "Kompetanse jeg ønsker eller trenger";

    @LocalServerPort
    int port;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DraftService drafts;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String startTalk(String employee, int year) {
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start(employee, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        ClockUtil.reset();
        return instance;
    }

    String openTask(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    void saveDraftAs(String user, String taskId, Map<String, Object> values) {
        var response = http.withBasicAuth(user, "demo").exchange("/api/tasks/" + taskId + "/draft", HttpMethod.PUT,
                new HttpEntity<>(values), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label).locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]");
    }

    @Test
    void anEmployeeSubmitsHerPreparationAndHerLeaderSeesIt() {
        String instance = startTalk("kari", 2600);
        String taskId = openTask(instance);
        // Most answers are in a saved draft already; the wish for competence is missing.
        Map<String, Object> draft = ValidSubmission.of("appraisal-prep-employee");
        draft.remove("pdWishes");
        saveDraftAs("kari", taskId, draft);

        Page kari = BrowserExtension.loggedIn(port, "kari");
        Locator item = kari.locator(".task-item").filter(new Locator.FilterOptions().setHasText("Medarbeidersamtale 2600"));
        assertThat(item.locator("a")).hasText("Forbered medarbeidersamtalen med Lars Berg");
        assertThat(item).containsText("Frist 18.05.2600");
        item.locator("a").click();
        kari.waitForSelector("body[data-forms-ready=true]");
        assertThat(kari.locator("h1")).hasText("Forbered medarbeidersamtalen med Lars Berg");
        assertThat(kari.getByText("Du fortsetter på utkastet du lagret.")).isVisible();
        assertThat(kari.locator(".fjs-powered-by")).isVisible();

        kari.getByText("Send inn", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(field(kari, WISHES).locator(".fjs-form-field-error")).hasText("Feltet må fylles ut.");
        assertThat(kari.locator("#task-status")).containsText("Skjemaet er ikke sendt inn");

        // The server refuses what the browser lets through, and says so at the field.
        kari.getByLabel(WISHES).fill("<b>Sårbehandling</b>");
        kari.getByText("Send inn", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(field(kari, WISHES).locator(".fjs-form-field-error")).containsText("HTML");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        kari.getByLabel(WISHES).fill("Sårbehandling");
        kari.getByText("Lagre utkast", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(kari.locator("#task-status")).hasText("Utkastet er lagret. Du kan fortsette senere.");
        assertThat(drafts.draftOf(taskId, "kari")).hasValueSatisfying(d -> assertThat(d).containsEntry("pdWishes", "Sårbehandling"));

        kari.getByText("Send inn", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(kari.getByText("Takk! Oppgaven er sendt inn.")).isVisible();
        assertThat(kari.locator(".task-item").filter(new Locator.FilterOptions().setHasText("Medarbeidersamtale 2600"))).hasCount(0);
        assertThat(drafts.draftOf(taskId, "kari")).isEmpty();

        Page lars = BrowserExtension.loggedIn(port, "lars");
        lars.navigate("/leder?year=2600");
        Locator row = lars.locator("tr[data-user=kari]");
        assertThat(row.locator("td").nth(1)).containsText("Pågår");
        assertThat(row.locator("td").nth(1)).containsText("Medarbeideren er forberedt");
        row.getByText("Kari Nordmann").click();
        assertThat(lars.locator("h1")).hasText("Sak: Kari Nordmann");

        // Beside his own form, the leader sees what she answered.
        lars.navigate("/");
        lars.locator(".task-item").filter(new Locator.FilterOptions().setHasText("Medarbeidersamtale 2600"))
                .getByText("Forbered samtalen med Kari Nordmann").click();
        lars.waitForSelector("body[data-forms-ready=true]");
        // question and answer in a list, in full (no scroll box, nothing greyed out)
        Locator answers = lars.locator("#employee-answers dl.answers");
        assertThat(answers.locator("dt").filter(new Locator.FilterOptions().setHasText(WISHES))).isVisible();
        assertThat(answers).containsText("Sårbehandling");
        assertThat(lars.locator("#employee-answers textarea, #employee-answers input")).hasCount(0);
        assertThat(answers).hasCSS("opacity", "1");
        assertThat(lars.locator("#employee-answers")).hasCSS("overflow-y", "visible");
        kari.context().close();
        lars.context().close();
    }

    @Test
    void aTaskSomeoneElseCompletedMeanwhileGivesAClearMessage() {
        String instance = startTalk("per", 2601);
        Engine.as(identityService, "per", List.of("employee"),
                () -> taskService.complete(openTask(instance), ValidSubmission.of("appraisal-prep-employee")));
        String leaderTask = openTask(instance);
        saveDraftAs("lars", leaderTask, ValidSubmission.of("appraisal-prep-leader"));

        Page lars = BrowserExtension.loggedIn(port, "lars");
        lars.navigate("/oppgaver/" + leaderTask);
        lars.waitForSelector("body[data-forms-ready=true]");
        Engine.as(identityService, "lars", List.of("employee", "leader"),
                () -> taskService.complete(leaderTask, ValidSubmission.of("appraisal-prep-leader")));
        lars.getByText("Send inn", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(lars.locator("#task-status")).containsText("Oppgaven finnes ikke lenger");
        assertThat(lars.navigate("/oppgaver/" + leaderTask).status()).isEqualTo(404);
        assertThat(lars.locator("h1")).hasText("Oppgaven finnes ikke lenger");
        lars.context().close();
    }

    @Test
    void nobodySeesPagesThatAreNotTheirs() {
        Page kari = BrowserExtension.loggedIn(port, "kari");
        assertThat(kari.navigate("/leder").status()).isEqualTo(403);
        assertThat(kari.locator("h1")).hasText("Ingen tilgang");
        assertThat(kari.navigate("/hr").status()).isEqualTo(403);
        assertThat(kari.navigate("/sak/per").status()).as("a colleague's case").isEqualTo(403);
        assertThat(kari.navigate("/sak/kari").status()).as("her own case").isEqualTo(200);
        assertThat(kari.locator("nav")).not().containsText("Min enhet");
        kari.navigate("/?lang=en");
        assertThat(kari.locator("h1")).hasText("My tasks");
        kari.navigate("/min-side");
        assertThat(kari.locator("html")).hasAttribute("lang", "en");
        assertThat(kari.locator("h1")).hasText("My page");

        Page lars = BrowserExtension.loggedIn(port, "lars");
        assertThat(lars.navigate("/hr").status()).isEqualTo(403);
        assertThat(lars.navigate("/sak/marte.larsen").status()).as("an employee of another unit").isEqualTo(403);
        assertThat(lars.navigate("/sak/kari").status()).isEqualTo(200);
        assertThat(lars.locator("nav")).not().containsText("Årshjulet i kommunen");
        kari.context().close();
        lars.context().close();
    }
}
