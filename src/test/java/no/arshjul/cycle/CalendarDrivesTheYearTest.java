package no.arshjul.cycle;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.appraisal.TalkDeadlines;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.competence.MappingDeadlines;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The calendar drives the year: the talks wait for the day they open and the adopted plan for its
 * publication day; a calendar with dates in the past is refused, field by field, unless HR starts now
 * with the proposed dates. Test years 3250–3259.
 */
@ArshjulTest
class CalendarDrivesTheYearTest {

    static final List<String> HR = List.of("hr", "employee");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void useThisEngineForAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        for (int year = 3250; year <= 3259; year++) {
            deleteYear(runtimeService, year);
        }
    }

    private void startYear(int year) {
        Engine.as(identityService, "hege", HR, () -> cycles.start(YearCalendar.defaultsFor(year), "hege"));
    }

    @Test
    void aTalkWaitsForTheDayTheTalksOpen() {
        clockAt(LocalDateTime.of(3251, 1, 5, 9, 0));
        startYear(3251);
        clockAt(LocalDateTime.of(3251, 1, 15, 9, 0));
        ProcessInstance talk = runtimeService.createProcessInstanceQuery()
                .processInstanceId(appraisals.start("kari", YearCalendar.defaultsFor(3251).talkDeadlines())
                        .getProcessInstanceId()).singleResult();

        assertThat(talk).isWaitingAt("talks-open");
        assertThat(taskService.createTaskQuery().processInstanceId(talk.getId()).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(talk.getId()).activityId("talks-open")
                .singleResult().getDuedate()).isEqualTo(YearCalendar.defaultsFor(3251).talksOpenAt());

        clockAt(LocalDateTime.of(3251, 2, 1, 7, 59));
        assertThat(fireDueJobs(managementService, talk.getId())).isZero();
        assertThat(talk).isWaitingAt("talks-open");

        clockAt(LocalDateTime.of(3251, 2, 1, 8, 1));
        fireDueJobs(managementService, talk.getId());
        assertThat(talk).hasPassed("talks-open").isWaitingAt("prepare-employee");
        assertThat(taskService.createTaskQuery().processInstanceId(talk.getId()).singleResult().getAssignee()).isEqualTo("kari");

        // once the talks are open, a talk (a newcomer's) starts at once
        String per = appraisals.start("per", YearCalendar.defaultsFor(3251).talkDeadlines()).getProcessInstanceId();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(per).singleResult())
                .hasNotPassed("talks-open").isWaitingAt("prepare-employee");
    }

    @Test
    void aTalkAndAMappingWithTheirYearsDatesHoldNeitherTheDatesNorTheYearNorThePersonAsVariables() {
        clockAt(LocalDateTime.of(3258, 1, 5, 9, 0));
        startYear(3258);
        clockAt(LocalDateTime.of(3258, 2, 2, 9, 0));
        YearCalendar calendar = YearCalendar.defaultsFor(3258);
        String talk = appraisals.start("kari", calendar.talkDeadlines()).getProcessInstanceId();
        String mapping = mappings.start("kari", calendar.mappingDeadlines()).getProcessInstanceId();
        runtimeService.createProcessInstanceModification(talk).startBeforeActivity("record-minutes").execute();

        assertThat(runtimeService.getVariables(talk)).as("the year and the person are the business key's").isEmpty();
        assertThat(runtimeService.getVariables(mapping)).isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(mapping).singleResult().getAssignee())
                .as("${employeeUserId} from the business key").isEqualTo("kari");
        TalkDeadlines talkDates = calendar.talkDeadlines();
        assertThat(dueDateOf(talk, "prepare-employee")).isEqualTo(talkDates.prepDeadlineAt());
        assertThat(timerAt(talk, "prep-reminder")).isEqualTo(talkDates.prepReminderAt());
        assertThat(timerAt(talk, "prep-overdue")).isEqualTo(talkDates.prepDeadlineAt());
        assertThat(dueDateOf(talk, "record-minutes")).isEqualTo(talkDates.talksDeadlineAt());
        assertThat(timerAt(talk, "talk-overdue")).isEqualTo(talkDates.talksDeadlineAt());
        MappingDeadlines mappingDates = calendar.mappingDeadlines();
        assertThat(dueDateOf(mapping, "register-competence")).isEqualTo(mappingDates.mappingDeadlineAt());
        assertThat(timerAt(mapping, "mapping-reminder")).isEqualTo(mappingDates.mappingReminderAt());
        assertThat(timerAt(mapping, "mapping-overdue")).isEqualTo(mappingDates.mappingDeadlineAt());
    }

    @Test
    void aTalkStartedWithOtherDatesThanItsYearsKeepsItsOwn() {
        clockAt(LocalDateTime.of(3259, 1, 5, 9, 0));
        startYear(3259);
        clockAt(LocalDateTime.of(3259, 2, 2, 9, 0));
        TalkDeadlines calendarDates = YearCalendar.defaultsFor(3259).talkDeadlines();
        Date laterPreparation = Date.from(calendarDates.prepDeadlineAt().toInstant().plus(Duration.ofDays(7)));
        TalkDeadlines own = new TalkDeadlines(3259, calendarDates.prepReminderAt(), laterPreparation,
                calendarDates.talksDeadlineAt());

        String talk = appraisals.start("kari", own).getProcessInstanceId();

        assertThat(runtimeService.getVariables(talk)).containsOnlyKeys("prepDeadlineAt")
                .containsEntry("prepDeadlineAt", laterPreparation);
        assertThat(dueDateOf(talk, "prepare-employee")).isEqualTo(laterPreparation);
        assertThat(timerAt(talk, "prep-overdue")).isEqualTo(laterPreparation);
        assertThat(timerAt(talk, "prep-reminder")).isEqualTo(calendarDates.prepReminderAt());
    }

    private Date dueDateOf(String instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult()
                .getDueDate();
    }

    private Date timerAt(String instance, String activity) {
        return managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult()
                .getDuedate();
    }

    @Test
    void theAdoptedPlanWaitsForItsPublicationDate() {
        int cycleYear = 3252;
        int planYear = cycleYear + 1;
        clockAt(LocalDateTime.of(cycleYear, 1, 5, 9, 0));
        startYear(cycleYear);
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(cycleYear).planVariables());
        variables.put("planYear", planYear);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        ProcessInstance skup = runtimeService.startProcessInstanceByKey("skup", String.valueOf(planYear), variables);
        try {
            people.complete("siri", task(skup, "submit-sector-input"), ValidSubmission.of("skup-sector-input"));
            people.complete("hege", task(skup, "draft-skup"), ValidSubmission.of("skup-draft", "periodFrom", 2098, "periodTo", 2100));
            people.complete("siri", task(skup, "forum-review"), ValidSubmission.of("skup-forum-review"));
            people.complete("rita", task(skup, "radmann-direction"), ValidSubmission.of("skup-direction"));
            people.complete("hege", task(skup, "finalise-skup"), ValidSubmission.of("skup-draft", "periodFrom", 2098, "periodTo", 2100));
            people.complete("tone", task(skup, "record-consultation"), ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));
            clockAt(LocalDateTime.of(cycleYear, 12, 1, 10, 0));
            people.complete("rita", task(skup, "approve-skup"), ValidSubmission.of("skup-approval", "approvalDecision", "ADOPTED"));

            // adopted on 1 December; published to the units on the publication date, 15 December
            assertThat(skup).hasPassed("approve-skup").isWaitingAt("publication-day");
            assertThat(skup).hasNotPassed("publish-skup");
            assertThat(managementService.createJobQuery().processInstanceId(skup.getId()).activityId("publication-day")
                    .singleResult().getDuedate()).isEqualTo(YearCalendar.defaultsFor(cycleYear).publicationAt());
            clockAt(LocalDateTime.of(cycleYear, 12, 15, 7, 59));
            assertThat(fireDueJobs(managementService, skup.getId())).isZero();

            clockAt(LocalDateTime.of(cycleYear, 12, 15, 8, 1));
            fireDueJobs(managementService, skup.getId());
            assertThat(skup).hasPassed("publication-day", "publish-skup").isWaitingAt("make-unit-plan");
        } finally {
            runtimeService.deleteProcessInstanceIfExists(skup.getId(), "test cleanup", true, true, true, true);
        }
    }

    @Test
    void aCalendarWithPastDatesIsRefusedFieldByFieldAndNothingIsStarted() {
        clockAt(LocalDateTime.of(3253, 3, 10, 9, 0));
        ResponseEntity<Map> refused = http.withBasicAuth("hege", "demo").postForEntity("/api/cycles",
                Map.of("year", 3253), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
        // the mapping (15 Jan – 31 Mar), the talks' opening (1 Feb) and the evaluation (31 Mar) are past on 10 March
        assertThat(errors).extracting(e -> e.get("field"))
                .containsExactly("mappingOpens", "talksOpen");
        assertThat(errors.get(0).get("message").toString()).contains("Kompetansekartlegging åpner", "15.01.3253",
                "passert", "10.03.3253");
        @SuppressWarnings("unchecked")
        Map<String, Object> proposal = (Map<String, Object>) refused.getBody().get("proposal");
        assertThat(proposal).containsEntry("mappingOpens", "3253-03-10").containsEntry("talksOpen", "3253-03-27")
                .containsEntry("mappingDeadline", "3253-05-24");
        assertThat(cycles.exists(3253)).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("3253").count()).isZero();

        ResponseEntity<Map> started = http.withBasicAuth("hege", "demo").postForEntity("/api/cycles",
                Map.of("year", 3253, "startNow", true), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        YearCalendar calendar = cycles.find(3253).orElseThrow().calendar();
        assertThat(calendar.mappingOpens()).isEqualTo(LocalDate.of(3253, 3, 10));
        assertThat(calendar.talksOpen()).isEqualTo(LocalDate.of(3253, 3, 27));
        assertThat(calendar.approvalDeadline()).isEqualTo(LocalDate.of(3254, 2, 7));
        assertThat(calendar.pastFields(LocalDate.of(3253, 3, 10))).isEmpty();
    }

    @Test
    void datesOutOfOrderAreRefusedAtTheLaterFieldAndNothingIsSaved() {
        clockAt(LocalDateTime.of(3254, 1, 2, 9, 0));
        ResponseEntity<Map> refused = http.withBasicAuth("hege", "demo").postForEntity("/api/cycles",
                Map.of("year", 3254, "mappingOpens", "3254-02-10", "talksOpen", "3254-02-01"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("talksOpen").contains("«Medarbeidersamtaler åpner» må være etter «Kompetansekartlegging åpner»");
        assertThat(cycles.exists(3254)).isFalse();
    }

    @Test
    void onlyHrStartsAYearOrStartsNow() {
        clockAt(LocalDateTime.of(3255, 3, 10, 9, 0));
        for (String user : List.of("kari", "lars", "rita", "tone")) {
            assertThat(http.withBasicAuth(user, "demo").postForEntity("/api/cycles",
                    Map.of("year", 3255, "startNow", true), String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(cycles.exists(3255)).isFalse();
    }

    @Test
    void theCalendarTaskRefusesPastDatesUntilHrStartsNow() {
        clockAt(LocalDateTime.of(3256, 1, 5, 9, 0));
        startYear(3256);
        clockAt(LocalDateTime.of(3256, 2, 3, 9, 0));
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        var calendarTask = taskService.createTaskQuery().processInstanceBusinessKey("3256").taskDefinitionKey("set-calendar").singleResult();
        Map<String, Object> values = YearCalendar.defaultsFor(3256).formValues();

        ResponseEntity<Map> refused = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/tasks/" + calendarTask.getId() + "/complete", values, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("mappingOpens", "talksOpen");
        assertThat(errors.get(1).get("message").toString()).contains("01.02.3256", "20.02.3256");
        assertThat(taskService.createTaskQuery().taskId(calendarTask.getId()).count()).isOne();
        assertThat(cycles.find(3256).orElseThrow().calendar().mappingOpens()).isEqualTo(LocalDate.of(3256, 1, 15));

        values.put("startChoice", CalendarSubmissions.START_NOW);
        people.complete("hege", calendarTask, values);
        YearCalendar kept = cycles.find(3256).orElseThrow().calendar();
        assertThat(kept.mappingOpens()).isEqualTo(LocalDate.of(3256, 2, 3));
        assertThat(kept.talksOpen()).isEqualTo(LocalDate.of(3256, 2, 20));
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("3256")
                .processDefinitionKey("annual-cycle").singleResult();
        assertThat(cycle).isWaitingAt("launch-opens").variables().containsEntry("mappingOpens", "3256-02-03");
    }

    private org.camunda.bpm.engine.task.Task task(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }
}
