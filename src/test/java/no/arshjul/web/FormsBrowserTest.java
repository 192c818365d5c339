package no.arshjul.web;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.CycleService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task forms as a person meets them in the browser: every form of the demo fits a phone 390 px
 * wide, speaks the person's language (form-js' own texts and the date picker too), has no axe
 * violation; a refused "Send inn" lists the fields by label with links to them; the press on
 * "Send inn" is never lost; leaving with unsaved changes asks first.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class FormsBrowserTest {

    static final int WALK_YEAR = 3300;
    static final int PHONE = 390;
    static final List<String> ENGLISH_LEFT = List.of("Select", "Add new", "Remove list item", "dd.mm.yyyy", "Search",
            "Expand all", "Field is required", "Collapse");

    @LocalServerPort
    int port;
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
    AppraisalService appraisals;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    CycleService cycles;

    final Map<String, Page> sessions = new HashMap<>();

    @AfterEach
    void closeAndResetClock() {
        sessions.values().forEach(p -> p.context().close());
        sessions.clear();
        ClockUtil.reset();
    }

    Page as(String user) {
        return sessions.computeIfAbsent(user, u -> {
            Page page = BrowserExtension.loggedIn(port, u);
            page.setViewportSize(PHONE, 844);
            return page;
        });
    }

    Page openTask(String user, String taskId, String lang) {
        Page page = as(user);
        page.navigate("/oppgaver/" + taskId + "?lang=" + lang);
        page.waitForSelector("body[data-forms-ready=true]");
        return page;
    }

    /** The page's width once form-js has drawn (two frames after the form says it is ready). */
    static int pageWidth(Page page) {
        return ((Number) page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame("
                + "() => done(document.scrollingElement.scrollWidth))))")).intValue();
    }

    /** What sticks out to the right of a phone's page, for the failure message. */
    static Object wideElements(Page page) {
        return page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + PHONE + " || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').slice(-5)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth)");
    }

    /** The texts on the form a person reads or hears: visible text, placeholders, labels for screen readers. */
    static String formTexts(Page page) {
        return (String) page.evaluate("() => document.body.innerText + ' ' + [...document.querySelectorAll("
                + "'[placeholder], [aria-label], [title]')].map(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label'),"
                + " e.getAttribute('title')].filter(Boolean).join(' ')).join(' ')");
    }

    @Test
    void everyFormOfTheDemoFitsAPhoneSpeaksThePersonsLanguageAndHasNoAxeViolation() throws Exception {
        List<String> problems = new ArrayList<>();
        DemoForms walk = new DemoForms(new DemoForms.Services(taskService, identityService, organisation, runtimeService,
                managementService, appraisals, mappings, cycles, repositoryService), (formId, user, taskId) -> {
            for (String lang : List.of("nb", "en")) {
                Page page = openTask(user, taskId, lang);
                int width = pageWidth(page);
                if (width > PHONE) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(AccessibilityBrowserTest.SHOTS.resolve("phone-" + formId + "-" + lang + ".png")));
                    problems.add(formId + " (" + lang + ") is " + width + " px wide: " + wideElements(page));
                }
                String texts = formTexts(page).replace("Powered by bpmn.io", "");
                ENGLISH_LEFT.stream().filter(english -> "nb".equals(lang) && texts.contains(english))
                        .forEach(english -> problems.add(formId + " shows \"" + english + "\" in Norwegian"));
                List<String> placeholders = page.locator(".fjs-form-field-datetime input.fjs-input").all().stream()
                        .map(i -> i.getAttribute("placeholder")).toList();
                placeholders.stream().filter(p -> !p.equals("nb".equals(lang) ? "dd.mm.åååå" : "dd.mm.yyyy"))
                        .forEach(p -> problems.add(formId + " (" + lang + ") has the date placeholder " + p));
                Axe.violations(page).forEach(v -> problems.add(formId + " (" + lang + ") axe: " + v));
            }
        });
        Map<String, String> visited = walk.walk(WALK_YEAR);

        assertThat(visited.keySet()).as("every form in forms/ is met in the walk").containsExactlyInAnyOrderElementsOf(DemoForms.formIds());
        assertThat(problems).isEmpty();
    }

    /** Anne's talk at the step where Lars fixes time and place: a date, a time and a required place. */
    String scheduleTask(int year) {
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        people.complete("anne", task(instance), ValidSubmission.of("appraisal-prep-employee"));
        people.complete("lars", task(instance), ValidSubmission.of("appraisal-prep-leader"));
        ClockUtil.reset();
        return task(instance).getId();
    }

    Task task(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    @Test
    void theErrorSummaryListsTheFieldsByLabelAndItsLinksFocusThem() {
        Page page = openTask("lars", scheduleTask(3301), "nb");
        page.locator("#submit-task").click();

        Locator links = page.locator("#task-status a");
        assertThat(links).hasCount(2);
        assertThat(links.nth(0)).hasText("Dato for samtalen: Feltet må fylles ut.");
        assertThat(links.nth(1)).hasText("Sted: Feltet må fylles ut.");
        links.nth(1).click();
        assertThat(page.getByLabel("Sted")).isFocused();
        links.nth(0).click();
        assertThat(page.getByLabel("Dato for samtalen")).isFocused();

        // The server's refusal (no HTML in a text) appears in the summary too, as a link to its field.
        page.keyboard().press("Escape");
        page.getByLabel("Dato for samtalen").fill("10.03.3301");
        page.getByLabel("Dato for samtalen").press("Enter");
        page.getByLabel("Sted").fill("<b>Møterom</b>");
        page.locator("#submit-task").click();
        assertThat(page.locator("#task-status")).containsText("ingenting er lagret");
        Locator refused = page.locator("#task-status a");
        assertThat(refused).hasCount(1);
        assertThat(refused).containsText("Sted");
        page.getByLabel("Dato for samtalen").focus();
        refused.click();
        assertThat(page.getByLabel("Sted")).isFocused();
    }

    @Test
    void theDatePickerIsInThePersonsLanguageWithMondayFirst() {
        String task = scheduleTask(3302);
        Page page = openTask("lars", task, "nb");
        page.getByLabel("Dato for samtalen").click();
        Locator weekdays = page.locator(".flatpickr-calendar .flatpickr-weekday");
        assertThat(weekdays.first()).hasText("man");
        assertThat(weekdays.last()).hasText("søn");
        assertThat(page.getByLabel("Dato for samtalen")).hasAttribute("placeholder", "dd.mm.åååå");
        assertThat(page.locator(".flatpickr-calendar .flatpickr-monthDropdown-months option").first()).hasText("januar");

        page = openTask("lars", task, "en");
        page.getByLabel("Dato for samtalen").click();
        assertThat(page.locator(".flatpickr-calendar .flatpickr-weekday").first()).hasText("Mon");
        assertThat(page.getByLabel("Dato for samtalen")).hasAttribute("placeholder", "dd.mm.yyyy");
        page.navigate("/?lang=nb");
    }

    @Test
    void aPressOnSendInnIsNotLostWhenTheFieldLeftShowsAMessage() {
        Page page = openTask("lars", scheduleTask(3303), "nb");
        page.getByLabel("Dato for samtalen").fill("10.03.3303");
        page.getByLabel("Dato for samtalen").press("Enter");
        page.getByLabel("Klokkeslett").fill("9 om morgenen"); // wrong format: leaving the field would show why
        // where the button is when it is pressed and when the click arrives, before the page handles either
        page.evaluate("() => { const b = document.getElementById('submit-task'); window.pressed = [];"
                + " const where = e => { if (e.target === b) window.pressed.push(JSON.stringify(b.getBoundingClientRect())); };"
                + " document.addEventListener('mousedown', where, true); document.addEventListener('click', where, true); }");

        page.locator("#submit-task").click();

        @SuppressWarnings("unchecked")
        List<String> rects = (List<String>) page.evaluate("() => window.pressed");
        assertThat(rects).hasSize(2);
        assertThat(rects.get(1)).as("the button did not move between press and click").isEqualTo(rects.get(0));
        assertThat(page.locator("#task-status a")).hasCount(2);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstButNotAfterSavingOrSending() {
        Page page = openTask("lars", scheduleTask(3304), "nb");
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss();
        });

        page.getByLabel("Sted").fill("Møterom 2");
        page.getByText("Tilbake til Mine oppgaver").click();
        page.waitForTimeout(500);
        assertThat(dialogs).as("the warning before the changes are lost").containsExactly("beforeunload");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/oppgaver/"));

        page.locator("#save-draft").click();
        assertThat(page.locator("#task-status")).containsText("Utkastet er lagret");
        page.getByText("Tilbake til Mine oppgaver").click();
        assertThat(page.locator("h1")).hasText("Mine oppgaver");
        assertThat(dialogs).as("no warning after the draft is saved").hasSize(1);

        page.goBack();
        page.waitForSelector("body[data-forms-ready=true]");
        page.getByLabel("Dato for samtalen").fill("10.03.3304");
        page.getByLabel("Dato for samtalen").press("Enter");
        page.getByLabel("Sted").fill("Møterom 3");
        page.locator("#submit-task").click();
        assertThat(page.locator("h1")).hasText("Mine oppgaver");
        assertThat(dialogs).as("no warning after Send inn").hasSize(1);
    }

    @Test
    void aListSpeaksNorwegianAndAMissingFieldInItIsNamedWithItsItem() {
        clockAt(LocalDateTime.of(3305, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(3305).talkDeadlines()).getProcessInstanceId();
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        people.complete("anne", task(instance), ValidSubmission.of("appraisal-prep-employee"));
        people.complete("lars", task(instance), ValidSubmission.of("appraisal-prep-leader"));
        people.complete("lars", task(instance), ValidSubmission.of("appraisal-schedule", "talkDate", "3305-03-10"));
        ClockUtil.reset();
        Page page = openTask("lars", task(instance).getId(), "nb");

        Locator add = page.locator(".fjs-repeat-render-add");
        assertThat(add).hasText("Legg til i «Utviklingsplan – tiltak»");
        add.click();
        assertThat(page.locator(".fjs-repeat-row-remove").last()).hasAttribute("aria-label", "Fjern nr. 2 fra «Utviklingsplan – tiltak»");
        assertThat(page.locator("body")).not().containsText("Add new");
        assertThat(page.locator("[aria-label*='Remove list item']")).hasCount(0);

        page.locator("#submit-task").click();
        Locator missing = page.locator("#task-status a").filter(new Locator.FilterOptions()
                .setHasText("Utviklingsplan – tiltak nr. 2, Tiltak: Feltet må fylles ut."));
        assertThat(missing).hasCount(1);
        missing.click();
        Object focused = page.evaluate("() => document.activeElement.id");
        assertThat(missing).hasAttribute("href", "#" + focused);
        assertThat(page.locator(".fjs-repeat-row-container").nth(1).locator(":focus")).hasCount(1);
    }
}
