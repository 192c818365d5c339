package no.arshjul.dashboard;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.CycleProgressService;
import no.arshjul.cycle.EmployeeProgress;
import no.arshjul.cycle.ProgressCounts;
import no.arshjul.cycle.Step;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.StatementCounter;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HR's progress and the leader's overview cost the same number of SQL statements however many
 * people have records in the year, and HR's aggregate counts agree with the leader's progress read
 * person by person. Nils leads Oppvekst sentrum (18 people, no departments). Each test has its own year.
 */
@ArshjulTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class OverviewQueryCountTest {

    static final List<String> EMPLOYEE = List.of("employee");
    static final List<String> LEADER = List.of("employee", "leader");

    @Autowired
    MockMvc mvc;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    CycleProgressService progress;
    @Autowired
    OrganisationService organisation;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void hrProgressCostsTheSameForFiveAndForFiftyPeopleWithRecords() throws Exception {
        int year = 2064;
        List<String> people = activeUserIds().subList(0, 50);
        String url = "/api/hr/progress?year=" + year;
        startYearFor(people.subList(0, 5), year);
        statements(url, "hege"); // the first request fills caches once and for all
        StatementCounter.Counted<String> five = statements(url, "hege");
        startYearFor(people.subList(5, 50), year);
        StatementCounter.Counted<String> fifty = statements(url, "hege");

        assertThat(fifty.statements()).as("statements for 50 people vs 5:%n%s%nvs%n%s", String.join("\n", fifty.sql()),
                String.join("\n", five.sql())).isEqualTo(five.statements());
    }

    @Test
    void theLeaderOverviewCostsTheSameForTwoPeopleWithRecordsAndForTheWholeTeam() throws Exception {
        int year = 2065;
        String url = "/api/leader/overview?year=" + year;
        List<String> team = reportsOf("nils");
        assertThat(team).hasSizeGreaterThan(10);
        startYearFor(team.subList(0, 2), year);
        statements(url, "nils");
        StatementCounter.Counted<String> two = statements(url, "nils");
        startYearFor(team.subList(2, team.size()), year);
        StatementCounter.Counted<String> all = statements(url, "nils");

        assertThat(all.result()).contains("\"userId\"");
        assertThat(all.statements()).as("statements with everyone started vs two:%n%s%nvs%n%s",
                String.join("\n", all.sql()), String.join("\n", two.sql())).isEqualTo(two.statements());
    }

    @Test
    void hrCountsAgreeWithTheProgressOfEachPerson() {
        int year = 2066;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        List<String> team = reportsOf("nils");
        startYearFor(team, year);
        // a talk held with a measure, one awaiting the employee's acknowledgement, one prepared, one mapping confirmed
        holdTalk(team.get(0), year, true);
        holdTalk(team.get(1), year, false);
        complete(team.get(2), EMPLOYEE, talkOf(team.get(2), year), ValidSubmission.of("appraisal-prep-employee"));
        confirmMapping(team.get(3), year);

        for (Instant now : List.of(at(year, 2, 2), at(year, 12, 20))) {
            Map<Long, ProgressCounts> counts = progress.countsByUnit(year, now);
            Map<Long, List<Employee>> byUnit = organisation.activeEmployees().stream()
                    .collect(Collectors.groupingBy(e -> e.getUnit().getId()));
            assertThat(counts.keySet()).isEqualTo(byUnit.keySet());
            byUnit.forEach((unit, people) -> assertThat(counts.get(unit)).as("unit %s at %s", unit, now)
                    .isEqualTo(countsOf(progress.progressOf(people, year, now))));
        }
        ProgressCounts late = progress.countsByUnit(year, at(year, 12, 20)).get(unitOf("nils"));
        assertThat(late.talksHeld()).isEqualTo(2);
        assertThat(late.plansMade()).isEqualTo(2);
        assertThat(late.mapped()).isEqualTo(1);
        assertThat(late.overdue()).as("everyone but the confirmed and the fully followed up is late").isPositive();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static ProgressCounts countsOf(List<EmployeeProgress> people) {
        return new ProgressCounts(people.size(), (int) people.stream().filter(p -> p.done(Step.MAPPING)).count(),
                (int) people.stream().filter(p -> p.done(Step.TALK_HELD)).count(),
                (int) people.stream().filter(p -> p.done(Step.DEVELOPMENT_PLAN)).count(),
                (int) people.stream().filter(EmployeeProgress::anyOverdue).count());
    }

    private void holdTalk(String employee, int year, boolean acknowledged) {
        String talk = talkOf(employee, year);
        complete(employee, EMPLOYEE, talk, ValidSubmission.of("appraisal-prep-employee"));
        complete("nils", LEADER, talk, ValidSubmission.of("appraisal-prep-leader"));
        complete("nils", LEADER, talk, ValidSubmission.of("appraisal-schedule", "talkDate", year + "-03-10"));
        complete("nils", LEADER, talk, ValidSubmission.of("appraisal-minutes", "talkDate", year + "-03-10",
                "talkHeld", "HELD", "measures", List.of(ValidSubmission.listItem("appraisal-minutes", "measures",
                        "title", "Kurs", "responsible", "nils", "dueDate", year + "-09-01"))));
        if (acknowledged) {
            complete(employee, EMPLOYEE, talk, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));
        }
    }

    private void confirmMapping(String employee, int year) {
        String mapping = mappings.start(employee, YearCalendar.defaultsFor(year).mappingDeadlines()).getProcessInstanceId();
        complete(employee, EMPLOYEE, mapping, ValidSubmission.of("competence-registration", "realSocial", "Erfaring"));
        complete("nils", LEADER, mapping, ValidSubmission.of("competence-confirmation", "confirmationDecision", "CONFIRMED"));
    }

    private String talkOf(String employee, int year) {
        return appraisals.start(employee, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
    }

    private void complete(String user, List<String> groups, String instance, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        Engine.as(identityService, user, groups, () -> taskService.complete(task.getId(), values));
    }

    private void startYearFor(List<String> people, int year) {
        for (String person : people) {
            mappings.start(person, YearCalendar.defaultsFor(year).mappingDeadlines());
            appraisals.start(person, YearCalendar.defaultsFor(year).talkDeadlines());
        }
    }

    private StatementCounter.Counted<String> statements(String url, String user) throws Exception {
        return StatementCounter.count(() -> mvc.perform(get(url).with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<String> activeUserIds() {
        return organisation.activeEmployees().stream().map(Employee::getUserId).sorted().toList();
    }

    private List<String> reportsOf(String leader) {
        return organisation.reportsByUnit(leader).values().stream().flatMap(List::stream).map(Employee::getUserId).toList();
    }

    private Long unitOf(String userId) {
        return organisation.findByUserId(userId).orElseThrow().getUnit().getId();
    }

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }
}
