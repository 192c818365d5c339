package no.arshjul.leader;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader overview (JSON and Excel) and HR's dashboard on a fixture in 2630, seen on 1 June:
 * Anne's talk is held with one measure, Kari has prepared, Per is late with his preparation.
 */
@ArshjulTest
class LeaderOverviewApiTest {

    static final int YEAR = 2630;
    static final List<String> EMPLOYEE = List.of("employee");
    static final List<String> LEADER = List.of("employee", "leader");

    @Autowired
    AppraisalService appraisals;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void fixture() {
        clockAt(LocalDateTime.of(YEAR, 2, 1, 9, 0));
        String kari = appraisals.start("kari", YearCalendar.defaultsFor(YEAR).talkDeadlines()).getProcessInstanceId();
        appraisals.start("per", YearCalendar.defaultsFor(YEAR).talkDeadlines());
        mappings.start("per", YearCalendar.defaultsFor(YEAR).mappingDeadlines());
        String anne = appraisals.start("anne", YearCalendar.defaultsFor(YEAR).talkDeadlines()).getProcessInstanceId();
        if (taskService.createTaskQuery().processInstanceId(anne).taskDefinitionKey("prepare-employee").count() == 1) {
            holdAnnesTalkAndKariPrepares(kari, anne);
        }
        clockAt(LocalDateTime.of(YEAR, 6, 1, 12, 0));
    }

    /** Once for the class: the records stay in the shared database. */
    void holdAnnesTalkAndKariPrepares(String kari, String anne) {
        complete("kari", EMPLOYEE, kari, ValidSubmission.of("appraisal-prep-employee"));
        complete("anne", EMPLOYEE, anne, ValidSubmission.of("appraisal-prep-employee"));
        complete("lars", LEADER, anne, ValidSubmission.of("appraisal-prep-leader"));
        complete("lars", LEADER, anne, ValidSubmission.of("appraisal-schedule", "talkDate", "2630-03-10"));
        complete("lars", LEADER, anne, ValidSubmission.of("appraisal-minutes", "talkDate", "2630-03-10",
                "talkHeld", "HELD", "measures", List.of(ValidSubmission.listItem("appraisal-minutes", "measures",
                        "title", "Kurs i sårbehandling", "responsible", "lars", "dueDate", "2630-09-01"))));
        complete("anne", EMPLOYEE, anne, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    void complete(String user, List<String> groups, String instance, Map<String, Object> values) {
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Engine.as(identityService, user, groups, () -> taskService.complete(task, values));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> row(Map<String, Object> overview, String userId) {
        List<Map<String, Object>> units = (List<Map<String, Object>>) overview.get("units");
        return units.stream().flatMap(u -> ((List<Map<String, Object>>) u.get("rows")).stream())
                .filter(r -> userId.equals(r.get("userId"))).findFirst().orElse(null);
    }

    static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> step(Map<String, Object> row, String step) {
        return (Map<String, Object>) ((Map<String, Object>) row.get("steps")).get(step);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewFollowsTheRecords() {
        ResponseEntity<Map> response = http.withBasicAuth("lars", "demo").getForEntity("/api/leader/overview?year=" + YEAR, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> overview = response.getBody();
        Map<String, Object> unit = ((List<Map<String, Object>>) overview.get("units")).get(0);
        assertThat(unit.get("name")).isEqualTo("Fjordvik sykehjem");
        int employees = (Integer) unit.get("employees");
        assertThat(unit.get("outstandingTalks")).as("everyone but Anne").isEqualTo(employees - 1);

        Map<String, Object> anne = row(overview, "anne");
        assertThat(step(anne, "TALK_HELD")).containsEntry("status", "DONE");
        assertThat(step(anne, "MINUTES_APPROVED")).containsEntry("status", "DONE").containsEntry("detail", "minutes.AGREED");
        assertThat(step(anne, "DEVELOPMENT_PLAN")).containsEntry("status", "DONE").containsEntry("count", 1);
        assertThat(step(anne, "MEASURES_FOLLOWED_UP")).containsEntry("status", "IN_PROGRESS");
        assertThat(step(anne, "MAPPING")).containsEntry("status", "NOT_STARTED");
        assertThat(step(row(overview, "kari"), "PREPARATION")).containsEntry("status", "IN_PROGRESS");
        assertThat(step(row(overview, "per"), "PREPARATION")).containsEntry("status", "OVERDUE").containsEntry("due", "2630-05-18");
        assertThat(step(row(overview, "per"), "MAPPING")).as("mapping deadline 31 March has passed")
                .containsEntry("status", "OVERDUE").containsEntry("due", "2630-03-31");
        assertThat(row(overview, "lars")).as("not his own leader").isNull();
    }

    @Test
    void theExcelExportHasTheSameCells() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/leader/overview.xlsx?year=" + YEAR, byte[].class);
        assertThat(response.getHeaders().getContentType()).hasToString(LeaderOverviewController.XLSX.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("Enhet", "Medarbeider", "Stilling", "Forsinket",
                    "Venter på deg", "Sertifikater som går ut", "Kartlegging", "Forberedelse", "Samtale holdt", "Referat godkjent", "Utviklingsplan",
                    "Tiltak fulgt opp");
            Map<String, List<String>> byName = new HashMap<>();
            for (Row row : sheet) {
                byName.put(row.getCell(1).getStringCellValue(), cells(row));
            }
            assertThat(byName.get("Anne Lie")).containsExactly("Fjordvik sykehjem", "Anne Lie", "Assistent", "Nei",
                    "Nei", "", "Ikke startet: Kartleggingen er ikke startet", "Ferdig: Begge er forberedt",
                    "Ferdig: Samtalen er holdt", "Ferdig: Medarbeideren er enig", "Ferdig: 1 tiltak",
                    "Pågår: 1 tiltak er ikke fulgt opp");
            assertThat(byName.get("Per Hansen")).contains("Ja", "Nei",
                    "Forsinket (frist 18.05.2630): Medarbeideren har ikke sendt inn forberedelsen",
                    "Forsinket (frist 31.03.2630): Medarbeideren har ikke registrert ennå");
            assertThat(byName.get("Kari Nordmann").get(7)).isEqualTo("Pågår: Medarbeideren er forberedt, leder er ikke");
            assertThat(byName.get("Kari Nordmann").get(4)).as("her leader prepares next").isEqualTo("Ja");
            assertThat(sheet.getLastRowNum()).isEqualTo(byName.size() - 1);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("filter buttons on the header row").isTrue();
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L" + (sheet.getLastRowNum() + 1));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void hrSeesTheSameYearInTotals() {
        ResponseEntity<Map> response = http.withBasicAuth("hege", "demo").getForEntity("/api/hr/progress?year=" + YEAR + "&sektor=HO", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> sykehjem = ((List<Map<String, Object>>) response.getBody().get("rows")).stream()
                .filter(r -> "HO-SYKEHJEM".equals(r.get("code"))).findFirst().orElseThrow();
        assertThat(sykehjem).containsEntry("talksHeld", 1).containsEntry("plansMade", 1).containsEntry("mapped", 0)
                .containsEntry("overdue", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeaderShowsOnlyWhoIsLateOrWaitingForHimAndSearches() {
        Map<String, Object> needsMe = overview("&show=needs-me");
        assertThat(names(needsMe)).contains("Kari Nordmann").doesNotContain("Per Hansen");
        assertThat(row(needsMe, "kari")).containsEntry("needsMe", true).containsEntry("late", false);
        Map<String, Object> unit = ((List<Map<String, Object>>) needsMe.get("units")).get(0);
        assertThat((Integer) unit.get("employees")).as("the unit is still counted whole")
                .isGreaterThan(((List<?>) unit.get("rows")).size());

        Map<String, Object> late = overview("&show=late");
        assertThat(names(late)).contains("Per Hansen").doesNotContain("Kari Nordmann", "Anne Lie");

        assertThat(names(overview("&sort=late")).get(0)).as("two late steps, the most in the unit").isEqualTo("Per Hansen");
        List<String> byName = names(overview(""));
        assertThat(byName).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb")));

        assertThat(names(overview("&q=nordm"))).containsExactly("Kari Nordmann");
        assertThat(names(overview("&q=" + "zz-ingen"))).isEmpty();
    }

    @Test
    void theExcelFileFollowsTheChoice() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/leader/overview.xlsx?year=" + YEAR + "&show=late", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            List<String> names = new java.util.ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(1).getStringCellValue()));
            assertThat(names).contains("Medarbeider", "Per Hansen").doesNotContain("Kari Nordmann", "Anne Lie");
        }
    }

    @Test
    void anUnknownChoiceIsRefusedByName() {
        ResponseEntity<Map> unknown = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/leader/overview?year=" + YEAR + "&show=sent", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknown.getBody().get("detail")).contains("show", "sent", "all, late, needs-me");
        ResponseEntity<Map> sort = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/leader/overview?year=" + YEAR + "&sort=alder", Map.class);
        assertThat((String) sort.getBody().get("detail")).contains("sort", "alder", "name, late");
        ResponseEntity<Map> longSearch = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/leader/overview?year=" + YEAR + "&q=" + "a".repeat(101), Map.class);
        assertThat(longSearch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) longSearch.getBody().get("detail")).contains("q", "100");
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/api/leader/overview.xlsx?show=sent", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/leder?show=sent", String.class)
                .getStatusCode()).as("the page too").isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void thePageMarksWhoIsWaitingForTheLeader() {
        ResponseEntity<String> page = http.withBasicAuth("lars", "demo")
                .getForEntity("/leder?year=" + YEAR + "&show=needs-me", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Kari Nordmann", "Venter på deg", "Viser ").doesNotContain("Per Hansen")
                .contains("show=needs-me").containsPattern("<option value=\"needs-me\"\\s+selected=\"selected\"");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> overview(String query) {
        ResponseEntity<Map> response = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/leader/overview?year=" + YEAR + query, Map.class);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    static List<String> names(Map<String, Object> overview) {
        return ((List<Map<String, Object>>) overview.get("units")).stream()
                .flatMap(u -> ((List<Map<String, Object>>) u.get("rows")).stream())
                .map(r -> (String) r.get("name")).toList();
    }

    @Test
    void whoMayNotSeeTheOverviews() {
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/leader/overview", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/leader/overview.xlsx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/api/hr/progress", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/hr/progress", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/api/appraisals/" + YEAR + "/marte.larsen", String.class)
                .getStatusCode()).as("another unit's employee").isEqualTo(HttpStatus.FORBIDDEN);
    }
}
