package no.arshjul.cycle;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.arshjul.ArshjulApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app stops in the middle of a launch and starts again on the same PostgreSQL database: the
 * launch finishes the rest, and everyone ends with exactly one mapping and one talk.
 */
class LaunchRestartTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stop() throws IOException {
        ClockUtil.reset();
        postgres.close();
    }

    static ConfigurableApplicationContext app() {
        return new SpringApplicationBuilder(ArshjulApplication.class).profiles("test", "demo").run(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--server.port=0", "--arshjul.launch.batch-size=20");
    }

    @Test
    void aLaunchInterruptedByARestartFinishesWithoutDuplicates() {
        clockAt(LocalDateTime.of(2031, 1, 15, 9, 0));
        int batchesBefore;
        try (ConfigurableApplicationContext first = app()) {
            first.getBean(IdentityService.class).setAuthentication("hege", List.of("hr", "employee"));
            try {
                first.getBean(CycleService.class).start(YearCalendar.defaultsFor(2031), "hege");
                TaskService tasks = first.getBean(TaskService.class);
                String calendar = tasks.createTaskQuery().processInstanceBusinessKey("2031").singleResult().getId();
                tasks.complete(calendar, YearCalendar.defaultsFor(2031).formValues());
            } finally {
                first.getBean(IdentityService.class).clearAuthentication();
            }
            ManagementService management = first.getBean(ManagementService.class);
            // the mapping opened this morning: the launch's timer is due
            management.executeJob(management.createJobQuery().processDefinitionKey("annual-cycle")
                    .activityId("launch-opens").singleResult().getId());
            List<Job> batches = management.createJobQuery().processDefinitionKey("launch-batch").list();
            batchesBefore = batches.size();
            assertThat(batchesBefore).as("136 employees in batches of 20").isEqualTo(7);
            management.executeJob(batches.get(0).getId());
            management.executeJob(batches.get(1).getId());
        }

        try (ConfigurableApplicationContext second = app()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from appraisal_talk where talk_year = 2031", Integer.class))
                    .as("two batches of 20 ran before the stop; rita, first in line, has no leader").isEqualTo(39);

            ManagementService management = second.getBean(ManagementService.class);
            List<Job> left = management.createJobQuery().processDefinitionKey("launch-batch").list();
            assertThat(left).hasSize(batchesBefore - 2);
            left.forEach(job -> management.executeJob(job.getId()));
            // a repeated plan (HR's "start the rest") adds nothing once everyone is in
            second.getBean(CycleLaunchService.class).plan(2031);

            int active = jdbc.queryForObject("select count(*) from employee where active", Integer.class);
            assertThat(jdbc.queryForObject("select count(*) from launch_item where cycle_year = 2031", Integer.class))
                    .isEqualTo(active);
            RuntimeService runtime = second.getBean(RuntimeService.class);
            for (String key : List.of("appraisal-talk", "competence-mapping")) {
                long instances = runtime.createProcessInstanceQuery().processDefinitionKey(key)
                        .processInstanceBusinessKeyLike("2031:%").count();
                assertThat(instances).as(key + ": one per employee with a leader").isEqualTo(active - 1);
                assertThat(jdbc.queryForObject("select count(distinct business_key_) from act_ru_execution e join "
                        + "act_re_procdef d on e.proc_def_id_ = d.id_ where d.key_ = ? and e.parent_id_ is null and "
                        + "e.business_key_ like '2031:%'", Long.class, key)).isEqualTo(instances);
            }
        } finally {
            ProcessEngines.destroy();
        }
    }
}
