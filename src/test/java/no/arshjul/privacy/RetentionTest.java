package no.arshjul.privacy;

import no.arshjul.appraisal.AppraisalCaseService;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationImportService;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention (issue 11, item 5) with the engine clock moved. The tests live in the 1920s and 1930s,
 * years no other test uses, since a run deletes what is old in the whole (shared) database.
 * Configured as shipped: 5 years for yearly records, 365 days for leavers, 1830 days of history.
 */
@ArshjulTest
class RetentionTest {

    @Autowired
    RetentionService retention;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    AppraisalCaseService cases;
    @Autowired
    OrganisationImportService importService;
    @Autowired
    OrganisationService organisation;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void recordsOlderThanTheLimitGoAndNewerOnesStay() {
        clockAt(LocalDateTime.of(1925, 2, 1, 9, 0));
        String old = talkWithPreparation("kari", 1925);
        clockAt(LocalDateTime.of(1926, 2, 1, 9, 0));
        String kept = talkWithPreparation("kari", 1926);
        assertThat(count("select count(*) from notification where process_instance_id = ?", old)).isPositive();

        clockAt(LocalDateTime.of(1931, 6, 1, 3, 0));
        RetentionService.RetentionRun run = retention.run();

        assertThat(run.beforeYear()).isEqualTo(1926);
        assertThat(run.yearlyRowsDeleted().get("appraisal")).isPositive();
        assertThat(cases.caseOf("kari", "kari", 1925).talk()).as("the 1925 talk").isNull();
        assertThat(count("select count(*) from form_submission where process_instance_id = ?", old)).isZero();
        assertThat(count("select count(*) from notification where process_instance_id = ?", old)).isZero();

        assertThat(cases.caseOf("kari", "kari", 1926).talk()).as("the 1926 talk").isNotNull();
        assertThat(cases.caseOf("kari", "kari", 1926).talk().employeePreparation()).isNotNull();
        assertThat(count("select count(*) from form_submission where process_instance_id = ?", kept)).isPositive();
        assertThat(count("select count(*) from notification where process_instance_id = ?", kept)).isPositive();
    }

    @Test
    void aLeaversDataGoesAfterTheConfiguredTimeAndNobodyElses() {
        String leaver = "leaver." + System.nanoTime() % 100000;
        clockAt(LocalDateTime.of(1934, 1, 10, 9, 0));
        importPerson(leaver, true);
        String leaversTalk = talkWithPreparation(leaver, 1934);
        String karisTalk = talkWithPreparation("kari", 1934);

        clockAt(LocalDateTime.of(1934, 3, 1, 9, 0));
        importPerson(leaver, false);
        assertThat(organisation.findByUserId(leaver).orElseThrow().getInactiveSince()).isEqualTo(LocalDate.of(1934, 3, 1));

        clockAt(LocalDateTime.of(1935, 2, 28, 3, 0));
        assertThat(retention.run().leaversDeleted()).as("364 days after").doesNotContain(leaver);
        assertThat(organisation.findByUserId(leaver)).isPresent();

        clockAt(LocalDateTime.of(1935, 3, 2, 3, 0));
        RetentionService.RetentionRun run = retention.run();

        assertThat(run.leaversDeleted()).contains(leaver);
        assertThat(organisation.findByUserId(leaver)).isEmpty();
        assertThat(count("select count(*) from form_submission where process_instance_id = ?", leaversTalk)).isZero();
        assertThat(count("select count(*) from notification where recipient_user_id = ?", leaver)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(leaversTalk).count()).isZero();

        assertThat(organisation.findByUserId("kari")).isPresent();
        assertThat(cases.caseOf("kari", "kari", 1934).talk()).isNotNull();
        assertThat(count("select count(*) from form_submission where process_instance_id = ?", karisTalk)).isPositive();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(karisTalk).count()).isOne();
    }

    @Test
    void everyProcessGetsTheConfiguredTimeToLiveAndHistoryCleanupRemovesFinishedInstancesPastIt() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("retention-probe").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done();
        repository.createDeployment().name("retention-probe").addModelInstance("retention-probe.bpmn", model).deploy();
        ProcessDefinition probe = repository.createProcessDefinitionQuery().processDefinitionKey("retention-probe")
                .latestVersion().singleResult();
        assertThat(probe.getHistoryTimeToLive()).as("configuration, not the model's 1 day").isEqualTo(1830);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(AppraisalService.PROCESS_KEY)
                .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(1830);

        clockAt(LocalDateTime.of(1921, 1, 5, 12, 0));
        String expired = runtime.startProcessInstanceByKey("retention-probe").getId();
        clockAt(LocalDateTime.of(1925, 1, 5, 12, 0));
        String recent = runtime.startProcessInstanceByKey("retention-probe").getId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(java.util.Set.of(expired, recent)).finished().count())
                .isEqualTo(2);

        clockAt(LocalDateTime.of(1926, 6, 1, 2, 0)); // 1973 days after the first, 1608 after the second
        runHistoryCleanup();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(expired).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count()).isOne();
    }

    @Test
    void historyCleanupHasANightlyWindow() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryTimeToLive()).isEqualTo("1830");
    }

    /** The engine's cleanup, now and synchronously: the job it schedules, run until it finds nothing more. */
    private void runHistoryCleanup() {
        history.cleanUpHistoryAsync(true);
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = history.findHistoryCleanupJobs();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
            if (history.findHistoryCleanupJobs().stream().allMatch(j -> j.getDuedate() != null
                    && j.getDuedate().after(ClockUtil.getCurrentTime()))) {
                return;
            }
        }
    }

    private String talkWithPreparation(String userId, int year) {
        String instance = appraisals.start(userId, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Engine.as(identityService, userId, List.of("employee"),
                () -> taskService.complete(task, ValidSubmission.of("appraisal-prep-employee")));
        return instance;
    }

    private void importPerson(String userId, boolean active) {
        String file = "ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;stillingsprosent;startdato;"
                + "enhet;aktiv;leder_for\n"
                + "9" + Math.abs(userId.hashCode() % 100000) + ";" + userId + ";Lena;Leaver;" + userId
                + "@fjordvik.kommune.no;1980-05-05;Helsefagarbeider;100;1930-01-01;HO-SYKEHJEM;" + (active ? "ja" : "nei")
                + ";\n";
        importService.importEmployees(file.getBytes(StandardCharsets.UTF_8), false);
    }

    private int count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Integer.class, arg);
    }
}
