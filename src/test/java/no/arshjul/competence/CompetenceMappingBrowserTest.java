package no.arshjul.competence;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Competence that accumulates, in a real browser (Debian's chromium): Kari's mapping opens with her
 * profile, she adds a course, Lars confirms, and what she had is still there; Lars confirms against a
 * list of new, changed and ended entries in words. Years 3140–3149.
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class CompetenceMappingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    CompetenceHoldingRepository holdings;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;

    final Set<Long> karisHoldingsBefore = new HashSet<>();

    @AfterEach
    void resetClockAndKarisProfile() {
        ClockUtil.reset();
        // Kari's demo profile is read by other test classes: what this class added to it goes again.
        if (!karisHoldingsBefore.isEmpty()) {
            profiles.profileOf("kari").stream().filter(h -> !karisHoldingsBefore.contains(h.getId()))
                    .forEach(h -> holdings.deleteById(h.getId()));
        }
    }

    String startMapping(String employee, int year) {
        clockAt(LocalDateTime.of(year, 1, 20, 9, 0));
        String instance = mappings.start(employee, YearCalendar.defaultsFor(year).mappingDeadlines()).getProcessInstanceId();
        ClockUtil.reset();
        return instance;
    }

    String openTask(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    static void submit(Page page) {
        page.getByText("Send inn", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Takk! Oppgaven er sendt inn.")).isVisible();
    }

    @Test
    void karisHoldingsSurviveANewMapping() {
        profiles.profileOf("kari").forEach(h -> karisHoldingsBefore.add(h.getId()));
        List<String> before = profiles.profileOf("kari").stream().map(CompetenceHolding::getTitle).toList();
        assertThat(before).contains("Fagbrev helsefagarbeider", "Førstehjelpskurs");
        String instance = startMapping("kari", 3140);

        Page kari = BrowserExtension.loggedIn(port, "kari");
        kari.navigate("/oppgaver/" + openTask(instance));
        kari.waitForSelector("body[data-forms-ready=true]");
        Locator rows = kari.locator("#task-form .fjs-repeat-row-container");
        assertThat(rows).hasCount(before.size());
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < rows.count(); i++) {
            opened.add(rows.nth(i).getByLabel("Tittel").inputValue());
        }
        assertThat(opened).containsExactlyInAnyOrderElementsOf(before);
        assertThat(rows.first().getByLabel("Profilnummer")).hasAttribute("readonly", "");
        assertThat(rows.first().getByLabel("Avslutt: jeg har ikke lenger denne kompetansen")).not().isChecked();

        kari.locator("#task-form .fjs-repeat-render-add").click();
        assertThat(rows).hasCount(before.size() + 1);
        Locator added = rows.last();
        added.locator(".fjs-select-display").first().click();
        kari.locator(".fjs-dropdownlist-item").getByText("Kurs", new Locator.GetByTextOptions().setExact(true)).click();
        added.getByLabel("Tittel").fill("Kurs i demensomsorg");
        kari.getByLabel("Utviklingsønsker").fill("Mer om demens");
        kari.getByLabel("Registreringen min er fullstendig og oppdatert").check();
        submit(kari);

        Page lars = BrowserExtension.loggedIn(port, "lars");
        lars.navigate("/oppgaver/" + openTask(instance));
        lars.waitForSelector("body[data-forms-ready=true]");
        Locator changes = lars.locator("#profile-changes");
        assertThat(changes.locator(".changes-added li")).hasCount(1);
        assertThat(changes.locator(".changes-added")).containsText("Kurs i demensomsorg");
        assertThat(changes.locator(".changes-changed")).hasCount(0);
        assertThat(changes.locator(".changes-ended")).hasCount(0);
        lars.getByLabel("Bekreft", new Page.GetByLabelOptions().setExact(true)).check();
        submit(lars);

        List<CompetenceHolding> after = profiles.profileOf("kari");
        assertThat(after).extracting(CompetenceHolding::getTitle).containsAll(before).contains("Kurs i demensomsorg")
                .hasSize(before.size() + 1);
        assertThat(after).filteredOn(h -> karisHoldingsBefore.contains(h.getId()))
                .as("what she did not touch is as it was").allSatisfy(h -> assertThat(h.isEnded()).isFalse())
                .hasSize(before.size());

        kari.navigate("/min-side");
        Locator profileTable = kari.locator(".profile table");
        assertThat(profileTable).containsText("Fagbrev helsefagarbeider");
        assertThat(profileTable).containsText("Kurs i demensomsorg");
        assertThat(profileTable.locator("tr").filter(new Locator.FilterOptions().setHasText("Førstehjelpskurs"))
                .locator(".badge.expiry")).hasText("Utløpt");
        // The leader's overview flags the certificate that has expired.
        lars.navigate("/leder");
        assertThat(lars.locator("tr[data-user=kari] .badge.expiry")).containsText("Førstehjelpskurs gikk ut 12.03.2026");
        kari.context().close();
        lars.context().close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void larsConfirmsAgainstWhatIsNewChangedAndEnded() {
        String ingvild = "ingvild.tangen";
        profiles.confirmRegistration(ingvild, List.of(
                new HoldingDraft("CRAFT_CERTIFICATE", "Fagbrev helsefagarbeider", "FB-HFA", null, "UPPER_SECONDARY",
                        null, LocalDate.of(2012, 6, 20), null, null),
                new HoldingDraft("COURSE", "Førstehjelpskurs", "FORSTEHJ", null, null, null,
                        LocalDate.of(3140, 3, 1), LocalDate.of(3142, 3, 1), null)), "lars");
        String instance = startMapping(ingvild, 3141);
        String taskId = openTask(instance);
        List<Map<String, Object>> rows = new ArrayList<>();
        ((List<Map<String, Object>>) taskService.getVariable(taskId, "holdings")).forEach(r -> rows.add(new LinkedHashMap<>(r)));
        for (Map<String, Object> row : rows) {
            if ("Førstehjelpskurs".equals(row.get("title"))) {
                row.put("validUntil", "3144-03-01");
            } else {
                row.put("ended", true);
            }
        }
        rows.add(new LinkedHashMap<>(Map.of("entryType", "COURSE", "title", "Kurs i velferdsteknologi", "ended", false)));
        Map<String, Object> values = ValidSubmission.of("competence-registration", "holdings", rows,
                "realSocial", "Tolker for arabisktalende beboere");
        List.of("realProfessional", "realAdministrative", "realPersonal").forEach(values::remove);
        assertThat(http.withBasicAuth(ingvild, "demo").postForEntity("/api/tasks/" + taskId + "/complete", values, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String confirmTask = openTask(instance);

        Page lars = BrowserExtension.loggedIn(port, "lars");
        lars.navigate("/oppgaver/" + confirmTask);
        lars.waitForSelector("body[data-forms-ready=true]");
        Locator changes = lars.locator("#profile-changes");
        assertThat(changes.locator("h3")).hasText("Dette endrer medarbeideren i profilen");
        assertThat(changes.locator("h4")).containsText(new String[]{"Ny kompetanse (2)", "Endret kompetanse (1)",
                "Avsluttet kompetanse (1)"});
        assertThat(changes.locator(".changes-added")).containsText("Kurs i velferdsteknologi (Kurs)");
        assertThat(changes.locator(".changes-added")).containsText("Realkompetanse – sosial (Realkompetanse)");
        assertThat(changes.locator(".changes-added")).containsText("Beskrivelse: Tolker for arabisktalende beboere");
        assertThat(changes.locator(".changes-changed")).containsText("Førstehjelpskurs (Kurs)");
        assertThat(changes.locator(".changes-changed")).containsText("Gyldig til: 01.03.3142 → 01.03.3144");
        assertThat(changes.locator(".changes-ended")).containsText("Fagbrev helsefagarbeider (Fagbrev)");
        assertThat(changes).not().containsText("COURSE");
        assertThat(changes).not().containsText("CRAFT_CERTIFICATE");
        assertThat(BrowserExtension.seriousAxeViolations(lars)).isEmpty();

        // A colleague who opens the leader's task sees neither the task nor the changes.
        Page kari = BrowserExtension.loggedIn(port, "kari");
        assertThat(kari.navigate("/oppgaver/" + confirmTask).status()).isEqualTo(404);
        assertThat(kari.locator("body")).not().containsText("Kurs i velferdsteknologi");

        lars.getByLabel("Bekreft", new Page.GetByLabelOptions().setExact(true)).check();
        submit(lars);
        assertThat(profiles.profileOf(ingvild)).extracting(h -> h.getTitle() + (h.isEnded() ? " (avsluttet)" : ""))
                .containsExactlyInAnyOrder("Førstehjelpskurs", "Kurs i velferdsteknologi", "Realkompetanse – sosial",
                        "Fagbrev helsefagarbeider (avsluttet)");
        // Her real competence in her own words, and the ended entry as history, in her profile as the leader sees it.
        lars.navigate("/sak/" + ingvild);
        Locator profileTable = lars.locator(".profile table");
        assertThat(profileTable).containsText("Tolker for arabisktalende beboere");
        assertThat(profileTable.locator("tr.ended")).containsText("Fagbrev helsefagarbeider");
        assertThat(profileTable.locator("tr.ended")).containsText("Avsluttet");
        kari.context().close();
        lars.context().close();
    }
}
