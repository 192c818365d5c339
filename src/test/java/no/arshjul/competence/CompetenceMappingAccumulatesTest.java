package no.arshjul.competence;

import no.arshjul.EngineClock;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.forms.SubmittedAnswers;
import no.arshjul.support.ProcessWalk;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * The competence mapping on the real model, from the profile and back into it: the registration
 * opens with the profile, the leader's confirmation gets a due date and sees the changes, the
 * confirmed changes are merged (nothing else lost), bad registrations are refused with the field
 * named, and nobody but the person, the closest leader and HR sees the changes. Years 3101–3109;
 * the people (of Fjordvik sykehjem, led by Lars) are this class's own.
 */
class CompetenceMappingAccumulatesTest extends ProcessWalk {

    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    SubmittedAnswers submissions;
    @Autowired
    TestRestTemplate http;

    ProcessInstance start(String employee, int year) {
        if (profiles.profileOf(employee).isEmpty()) {
            profiles.confirmRegistration(employee, List.of(
                    new HoldingDraft("CRAFT_CERTIFICATE", "Fagbrev helsefagarbeider", "FB-HFA", "Fjordvik vgs",
                            "UPPER_SECONDARY", null, LocalDate.of(2009, 6, 20), null, null),
                    new HoldingDraft("COURSE", "Førstehjelpskurs", "FORSTEHJ", null, null, null,
                            LocalDate.of(3100, 3, 1), LocalDate.of(3102, 3, 1), null)), "lars");
        }
        clockAt(LocalDateTime.of(year, 1, 20, 9, 0));
        String id = mappings.start(employee, YearCalendar.defaultsFor(year).mappingDeadlines()).getProcessInstanceId();
        return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> openedRows(Task task) {
        Object rows = taskService.getVariable(task.getId(), "holdings");
        List<Map<String, Object>> copy = new ArrayList<>();
        ((List<Map<String, Object>>) rows).forEach(r -> copy.add(new LinkedHashMap<>(r)));
        return copy;
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String title) {
        return rows.stream().filter(r -> title.equals(r.get("title"))).findFirst().orElseThrow();
    }

    static Map<String, Object> newRow(String type, String title, String code) {
        Map<String, Object> row = ValidSubmission.listItem("competence-registration", "holdings",
                "entryType", type, "title", title);
        row.remove("holdingId");
        row.put("ended", false);
        if (code != null) {
            row.put("catalogueCode", code);
        }
        return row;
    }

    static Map<String, Object> registration(List<Map<String, Object>> rows, Object... more) {
        Map<String, Object> values = ValidSubmission.of("competence-registration", more);
        values.put("holdings", rows);
        MappingRegistration.REAL_COMPETENCE_FIELDS.keySet().forEach(key -> {
            if (values.get(key) == null || "".equals(values.get(key))) {
                values.remove(key);
            }
        });
        return values;
    }

    List<String> titlesOf(String person) {
        return profiles.profileOf(person).stream().map(h -> h.getTitle() + (h.isEnded() ? " (avsluttet)" : "")).toList();
    }

    @Test
    void theRegistrationOpensWithTheProfileAndTheConfirmationAddsToIt() {
        String espen = "espen.halvorsen";
        ProcessInstance mapping = start(espen, 3101);
        List<String> before = titlesOf(espen);

        List<Map<String, Object>> rows = openedRows(task(mapping));
        assertThat(rows).extracting(r -> r.get("title")).containsExactlyInAnyOrder("Fagbrev helsefagarbeider", "Førstehjelpskurs");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("holdingId")).asString().matches("[0-9]+"));
        assertThat(row(rows, "Førstehjelpskurs")).containsEntry("validUntil", "3102-03-01").containsEntry("catalogueCode", "FORSTEHJ");

        rows.add(newRow("COURSE", "Kurs i demensomsorg", null));
        completeAs(espen, EMPLOYEE, mapping, registration(rows, "realSocial", "Veileder lærlinger"));

        assertThat(mapping).isWaitingAt("confirm-competence");
        assertThat(task(mapping).getDueDate()).as("the leader confirms within 14 days, to the end of the day")
                .isEqualTo(java.util.Date.from(LocalDate.of(3101, 2, 4).atStartOfDay(EngineClock.OSLO).toInstant()));

        ResponseEntity<Map> changes = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/competence/profiles/" + espen + "/changes?year=3101", Map.class);
        assertThat(changes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) changes.getBody().get("added")).extracting(c -> c.get("title"))
                .containsExactlyInAnyOrder("Kurs i demensomsorg", "Realkompetanse – sosial");
        assertThat((List<?>) changes.getBody().get("changed")).isEmpty();
        assertThat((List<?>) changes.getBody().get("ended")).isEmpty();

        completeAs("lars", LEADER, mapping, ValidSubmission.of("competence-confirmation", "confirmationDecision", "CONFIRMED"));

        assertThat(mapping).isEnded();
        assertThat(titlesOf(espen)).containsAll(before).contains("Kurs i demensomsorg", "Realkompetanse – sosial")
                .hasSize(before.size() + 2);
        assertThat(profiles.profileOf(espen)).filteredOn(h -> h.getRealCategory() == RealCategory.SOCIAL).singleElement()
                .satisfies(h -> assertThat(h.getDescription()).isEqualTo("Veileder lærlinger"));
    }

    @Test
    void endingAndChangingThroughTheProcessAndAReturnedRegistrationOpensAsItWasSent() {
        String elias = "elias.strand";
        ProcessInstance mapping = start(elias, 3102);
        List<Map<String, Object>> rows = openedRows(task(mapping));
        long craftId = Long.parseLong((String) row(rows, "Fagbrev helsefagarbeider").get("holdingId"));
        long courseId = Long.parseLong((String) row(rows, "Førstehjelpskurs").get("holdingId"));
        row(rows, "Førstehjelpskurs").put("validUntil", "3104-03-01");
        row(rows, "Fagbrev helsefagarbeider").put("ended", true);
        completeAs(elias, EMPLOYEE, mapping, registration(rows));

        completeAs("lars", LEADER, mapping, ValidSubmission.of("competence-confirmation",
                "confirmationDecision", "RETURNED", "leaderComment", "Er fagbrevet virkelig avsluttet?"));

        assertThat(mapping).isWaitingAt("register-competence");
        List<Map<String, Object>> again = openedRows(task(mapping));
        assertThat(row(again, "Fagbrev helsefagarbeider")).containsEntry("ended", true);
        assertThat(row(again, "Førstehjelpskurs")).containsEntry("validUntil", "3104-03-01");
        assertThat(titlesOf(elias)).as("nothing changes before the leader confirms").doesNotContain("Fagbrev helsefagarbeider (avsluttet)");

        completeAs(elias, EMPLOYEE, mapping, registration(again));
        completeAs("lars", LEADER, mapping, ValidSubmission.of("competence-confirmation", "confirmationDecision", "CONFIRMED"));

        List<CompetenceHolding> profile = profiles.profileOf(elias);
        assertThat(profile).filteredOn(h -> h.getId() == craftId).singleElement().satisfies(h -> {
            assertThat(h.isEnded()).isTrue();
            assertThat(h.getEndedBy()).isEqualTo("lars");
        });
        assertThat(profile).filteredOn(h -> h.getId() == courseId).singleElement().satisfies(h -> {
            assertThat(h.isEnded()).isFalse();
            assertThat(h.getValidUntil()).isEqualTo(LocalDate.of(3104, 3, 1));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void badRegistrationsAreRefusedWith400NamingTheFieldAndNothingIsSaved() {
        String ahmed = "ahmed.hovland";
        ProcessInstance mapping = start(ahmed, 3103);
        Task task = task(mapping);
        List<String> before = titlesOf(ahmed);
        List<Map<String, Object>> rows = openedRows(task);
        Map<String, Object> karis = new LinkedHashMap<>(rows.get(0));
        karis.put("holdingId", String.valueOf(profiles.profileOf("kari").get(0).getId()));
        karis.put("ended", true);
        Map<String, Object> unknown = newRow("COURSE", "Et kurs", "FINNES-IKKE");
        Map<String, Object> backwards = row(rows, "Førstehjelpskurs");
        backwards.put("validUntil", "3099-01-01");

        ResponseEntity<Map> response = http.withBasicAuth(ahmed, "demo").postForEntity(
                "/api/tasks/" + task.getId() + "/complete", registration(List.of(karis, unknown, backwards)), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(
                "holdings[0].holdingId", "holdings[1].catalogueCode", "holdings[2].validUntil");
        assertThat(errors).anySatisfy(e -> assertThat((String) e.get("message")).contains("ikke en oppføring i kompetanseprofilen din"));
        assertThat(errors).anySatisfy(e -> assertThat((String) e.get("message")).contains("FINNES-IKKE"));
        assertThat(mapping).isWaitingAt("register-competence");
        assertThat(submissions.latest(mapping.getId(), "competence-registration")).as("nothing stored").isEmpty();
        assertThat(titlesOf(ahmed)).containsExactlyElementsOf(before);
        assertThat(titlesOf("kari")).doesNotContain("Fagbrev helsefagarbeider (avsluttet)");
    }

    @Test
    void onlyThePersonTheirClosestLeaderAndHrSeeTheChangesAndTheProfile() {
        String tor = "tor.nygard";
        ProcessInstance mapping = start(tor, 3104);
        List<Map<String, Object>> rows = openedRows(task(mapping));
        rows.add(newRow("COURSE", "Kurs i velferdsteknologi", null));
        completeAs(tor, EMPLOYEE, mapping, registration(rows));

        for (String allowed : List.of(tor, "lars", "hege")) {
            assertThat(http.withBasicAuth(allowed, "demo").getForEntity("/api/competence/profiles/" + tor
                    + "/changes?year=3104", Map.class).getStatusCode()).as(allowed).isEqualTo(HttpStatus.OK);
        }
        for (String other : List.of("kari", "per", "siri")) {
            assertThat(http.withBasicAuth(other, "demo").getForEntity("/api/competence/profiles/" + tor
                    + "/changes?year=3104", String.class).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth(other, "demo").getForEntity("/api/competence/profiles/" + tor, String.class)
                    .getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.withBasicAuth("per", "demo").getForEntity("/api/competence/profiles/kari/changes?year=3104",
                String.class).getStatusCode()).as("a colleague's").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("per", "demo").getForEntity("/api/competence/profiles/kari", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
