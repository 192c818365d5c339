package no.arshjul.appraisal;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.Engine;
import no.arshjul.support.PostgresTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

/** Kari's talk with Lars for a whole year on PostgreSQL, and next year's preparation showing last year's plan. */
class AppraisalYearOnPostgresTest extends PostgresTest {

    static final List<String> EMPLOYEE = List.of("employee");
    static final List<String> LEADER = List.of("employee", "leader");

    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFullYearAndTheNextYearsPreparation() {
        clockAt(LocalDateTime.of(2027, 2, 1, 9, 0));
        String talk = appraisals.start("kari", YearCalendar.defaultsFor(2027).talkDeadlines()).getProcessInstanceId();
        complete(talk, "kari", EMPLOYEE, ValidSubmission.of("appraisal-prep-employee", "pdWishes", "Fagskole"));
        complete(talk, "lars", LEADER, ValidSubmission.of("appraisal-prep-leader"));
        complete(talk, "lars", LEADER, ValidSubmission.of("appraisal-schedule", "talkDate", "2027-03-10"));
        complete(talk, "lars", LEADER, ValidSubmission.of("appraisal-minutes", "summary", "Kari ønsker fagskole.",
                "discussionsWithoutMeasure", "Turnusønsker tas opp igjen neste år.",
                "measures", List.of(ValidSubmission.listItem("appraisal-minutes", "measures",
                        "title", "Fagskole i kommunehelsetjenester", "responsible", "lars", "dueDate", "2027-12-01"))));
        complete(talk, "kari", EMPLOYEE, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));
        clockAt(LocalDateTime.of(2027, 12, 1, 9, 0));
        fireDueJobs(managementService, talk);
        complete(talk, "lars", LEADER, ValidSubmission.of("measure-follow-up", "followUpOutcome", "DONE"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(talk).count()).isZero();

        clockAt(LocalDateTime.of(2028, 2, 1, 9, 0));
        String nextTalk = appraisals.start("kari", YearCalendar.defaultsFor(2028).talkDeadlines()).getProcessInstanceId();
        complete(nextTalk, "kari", EMPLOYEE, ValidSubmission.of("appraisal-prep-employee"));

        Map<String, Object> leadersView = http.withBasicAuth("lars", "demo")
                .getForObject("/api/appraisals/2028/kari", Map.class);
        Map<String, Object> lastYear = (Map<String, Object>) leadersView.get("previousYear");
        assertThat(((Map<String, Object>) lastYear.get("minutes")).get("discussionsWithoutMeasure"))
                .isEqualTo("Turnusønsker tas opp igjen neste år.");
        List<Map<String, Object>> plan = (List<Map<String, Object>>) lastYear.get("measures");
        assertThat(plan).extracting(m -> m.get("title") + ":" + m.get("status"))
                .containsExactly("Fagskole i kommunehelsetjenester:COMPLETED");
        assertThat(((Map<String, Object>) leadersView.get("talk")).get("employeePreparation")).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(nextTalk).singleResult().getTaskDefinitionKey())
                .isEqualTo("prepare-leader");
    }

    private void complete(String instance, String user, List<String> groups, Map<String, Object> values) {
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Engine.as(identityService, user, groups, () -> taskService.complete(taskId, values));
    }
}
