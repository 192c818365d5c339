package no.arshjul.cycle;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static no.arshjul.support.ProcessTestSupport.fireDueJobsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * A launch batch that fails half-way (its mappings started, then the talks fail): the batch's
 * transaction is rolled back whole, its job is retried five minutes later, the other batches are
 * launched meanwhile, and in the end everybody has exactly one mapping and one talk, also when HR
 * relaunches the year before the retry.
 */
@ArshjulTest
class LaunchBatchFailureTest {

    static final List<String> HR = List.of("hr", "employee");

    @MockitoSpyBean
    AppraisalService appraisals;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void useThisEngineForAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        List.of(2096, 2097).forEach(year -> deleteYear(runtimeService, year));
    }

    @Test
    void aFailedBatchIsRetriedLaterWhileTheOthersGoOnAndNobodyIsStartedTwice() {
        int year = 2096;
        clockAt(LocalDateTime.of(year, 1, 15, 9, 0));
        ProcessInstance cycle = startAndSetCalendar(year);
        List<String> secondBatch = peopleInBatch(year, 1);
        talksFailOnceFor(secondBatch.get(0));

        assertThat(runEveryLaunchJobOnce()).as("failed batch jobs").isEqualTo(1);

        Job failed = managementService.createJobQuery().processDefinitionKey("launch-batch").singleResult();
        assertThat(runtimeService.getVariable(failed.getProcessInstanceId(), "batchNo")).isEqualTo(1);
        assertThat(failed.getExceptionMessage()).contains("connection was lost");
        assertThat(failed.getRetries()).isPositive();
        assertThat(failed.getDuedate()).as("retried five minutes later")
                .isAfter(java.util.Date.from(LocalDateTime.of(year, 1, 15, 9, 4).atZone(no.arshjul.EngineClock.OSLO).toInstant()));
        // rolled back whole: the mappings the failed batch had started are gone with the failed talks
        assertThat(startedIn(year, "competence_mapping", "mapping_year", 1)).isZero();
        assertThat(startedIn(year, "appraisal_talk", "talk_year", 1)).isZero();
        assertThat(jdbc.queryForList("select distinct status from launch_item where cycle_year = ? and batch_no = 1",
                String.class, year)).containsExactly("PENDING");
        // the other batches are launched; the year waits for the failed one
        assertThat(startedIn(year, "appraisal_talk", "talk_year", 0)).as("rita, first in line, has no leader").isEqualTo(49);
        assertThat(startedIn(year, "appraisal_talk", "talk_year", 2)).isPositive();
        fireDueJobs(managementService, cycle.getId());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(cycle).isWaitingAt("launch-batch");

        clockAt(LocalDateTime.of(year, 1, 15, 9, 6));
        fireDueJobsOf(managementService, "launch-batch", "annual-cycle");

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(cycle)
                .hasPassed("launch-batch", "summarise-launch");
        assertEveryoneHasOneMappingAndOneTalk(year);
    }

    @Test
    @SuppressWarnings("unchecked")
    void hrRelaunchesBeforeTheRetryAndTheRetriedJobStartsNobodyAgain() {
        int year = 2097;
        clockAt(LocalDateTime.of(year, 1, 15, 9, 0));
        ProcessInstance cycle = startAndSetCalendar(year);
        talksFailOnceFor(peopleInBatch(year, 1).get(0));
        assertThat(runEveryLaunchJobOnce()).isEqualTo(1);

        Map<String, Object> progress = http.withBasicAuth("hege", "demo")
                .postForObject("/api/cycles/" + year + "/relaunch", null, Map.class);

        long active = employees.countByActiveTrue();
        assertThat(((Number) progress.get("pending")).longValue()).isZero();
        assertThat(((Number) progress.get("launched")).longValue()).isEqualTo(active - 1);
        assertThat((List<Map<String, Object>>) progress.get("failed")).singleElement()
                .satisfies(f -> assertThat(f.get("userId")).isEqualTo("rita"));

        clockAt(LocalDateTime.of(year, 1, 15, 9, 6));
        assertThat(fireDueJobsOf(managementService, "launch-batch", "annual-cycle")).as("the retry, then the year")
                .isPositive();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(cycle)
                .hasPassed("launch-batch", "summarise-launch");
        assertEveryoneHasOneMappingAndOneTalk(year);
    }

    private ProcessInstance startAndSetCalendar(int year) {
        String id = Engine.as(identityService, "hege", HR,
                () -> cycles.start(YearCalendar.defaultsFor(year), "hege").getProcessInstanceId());
        Engine.as(identityService, "hege", HR, () -> taskService.complete(taskService.createTaskQuery()
                .processInstanceId(id).singleResult().getId(), YearCalendar.defaultsFor(year).formValues()));
        // the mapping opened this morning: the launch's timer is due
        fireDueJobs(managementService, id);
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private List<String> peopleInBatch(int year, int batchNo) {
        return jdbc.queryForList("select e.user_id from launch_item i join employee e on e.id = i.employee_id "
                + "where i.cycle_year = ? and i.batch_no = ? order by i.id", String.class, year, batchNo);
    }

    /** The talks of the batch holding this person fail once, after the batch's mappings were started. */
    private void talksFailOnceFor(String userId) {
        AtomicBoolean failed = new AtomicBoolean();
        doAnswer(invocation -> {
            Collection<Employee> batch = invocation.getArgument(0);
            if (batch.stream().anyMatch(e -> e.getUserId().equals(userId)) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("The database connection was lost");
            }
            return invocation.callRealMethod();
        }).when(appraisals).startAll(any(), any());
    }

    /** Runs each launch-batch job once, as the job executor's first attempt; returns how many failed. */
    private int runEveryLaunchJobOnce() {
        int failures = 0;
        for (Job job : managementService.createJobQuery().processDefinitionKey("launch-batch").list()) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return failures;
    }

    private int startedIn(int year, String table, String yearColumn, int batchNo) {
        return jdbc.queryForObject("select count(*) from " + table + " r join launch_item i on i.employee_id = r.employee_id "
                + "and i.cycle_year = r." + yearColumn + " where i.cycle_year = ? and i.batch_no = ? "
                + "and r.process_instance_id is not null", Integer.class, year, batchNo);
    }

    private void assertEveryoneHasOneMappingAndOneTalk(int year) {
        long active = employees.countByActiveTrue();
        for (String key : List.of("appraisal-talk", "competence-mapping")) {
            List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                    .processInstanceBusinessKeyLike(year + ":%").list();
            assertThat(instances).as(key + ": everyone with a leader").hasSize((int) active - 1);
            assertThat(instances.stream().map(ProcessInstance::getBusinessKey).distinct().count()).as(key + ": once each")
                    .isEqualTo(active - 1);
        }
        assertThat(jdbc.queryForObject("select count(*) from launch_item where cycle_year = ? and status = 'PENDING'",
                Integer.class, year)).isZero();
    }
}
