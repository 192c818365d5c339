package no.arshjul.cycle;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.StatementCounter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A launch batch asks Årshjul's own tables the same number of questions for 16 people as for 4:
 * the people, their profiles, last year's records and the calendar are read once per batch, and
 * what each new task's title, notice and timer ask about a person is answered from that. (The
 * engine's own statements, on ACT_ tables, are not counted here: that is Camunda's work per instance.)
 */
@ArshjulTest
@Import(StatementCounter.Configuration.class)
class LaunchBatchQueryCountTest {

    private static final int YEAR = 3410;
    private static final String UNIT = "HO-SYKEHJEM";

    @Autowired
    CycleService cycles;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deleteYear(runtimeService, YEAR);
    }

    @Test
    void aBatchOfSixteenAsksNoMoreOfÅrshjulsTablesThanABatchOfFour() throws Exception {
        clockAt(LocalDateTime.of(YEAR, 1, 15, 9, 0));
        CalendarConfirmed.startYear(YEAR, cycles, identityService, taskService, managementService);
        // people of one unit (its leader aside), so both batches walk the same units to their leader
        List<Long> items = jdbc.queryForList("select i.id from launch_item i join employee e on e.id = i.employee_id "
                + "join org_unit u on u.id = e.unit_id where i.cycle_year = ? and u.code = ? "
                + "and (u.leader_id is null or u.leader_id <> e.id) order by i.id", Long.class, YEAR, UNIT);
        assertThat(items).hasSizeGreaterThanOrEqualTo(20);
        moveToBatch(items.subList(0, 4), 900);
        moveToBatch(items.subList(4, 20), 901);

        List<String> four = ownQueries(runBatch(900));
        List<String> sixteenAll = runBatch(901);
        List<String> sixteen = ownQueries(sixteenAll);

        assertThat(jdbc.queryForObject("select count(*) from competence_mapping m join launch_item i "
                + "on i.employee_id = m.employee_id and i.cycle_year = m.mapping_year where i.batch_no in (900, 901) "
                + "and i.cycle_year = ? and m.process_instance_id is not null", Integer.class, YEAR)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from notification n join competence_mapping m "
                + "on m.process_instance_id = n.process_instance_id where m.mapping_year = ?", Integer.class, YEAR))
                .as("every mapping's first task was announced").isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from appraisal_talk where talk_year = ? "
                + "and process_instance_id is not null", Integer.class, YEAR)).isEqualTo(20);
        assertThat(sixteen).as("Årshjul's queries for 16 people:%n%s%nand for 4:%n%s",
                String.join("\n", sixteen), String.join("\n", four)).hasSizeLessThanOrEqualTo(four.size());
        assertThat(sixteenAll).as("a new task's assignee is granted their rights without looking for an earlier grant")
                .noneMatch(sql -> sql.startsWith("select") && sql.contains("act_ru_authorization"));
        assertThat(sixteenAll).as("a new task has no variables stored yet, so none are read")
                .map(sql -> sql.replaceAll("\\s+", " "))
                .noneMatch(sql -> sql.contains("from act_ru_variable") && sql.contains("where task_id_ = ?"));
    }

    private static List<String> ownQueries(List<String> statements) {
        return statements.stream().filter(sql -> sql.startsWith("select") && !sql.contains("act_")).toList();
    }

    private List<String> runBatch(int batchNo) throws Exception {
        // the batch's own launch-batch instance and job, run as the job executor runs it
        String instance = runtimeService.startProcessInstanceByKey(LaunchBatch.PROCESS_KEY, String.valueOf(YEAR),
                Map.of(LaunchBatch.BATCH_NO, batchNo)).getId();
        String job = managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
        return StatementCounter.count(() -> {
            managementService.executeJob(job);
            return null;
        }).sql().stream().map(sql -> sql.toLowerCase(Locale.ROOT).strip()).toList();
    }

    private void moveToBatch(List<Long> itemIds, int batchNo) {
        itemIds.forEach(id -> jdbc.update("update launch_item set batch_no = ? where id = ?", batchNo, id));
    }
}
