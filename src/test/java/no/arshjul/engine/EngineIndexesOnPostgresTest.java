package no.arshjul.engine;

import no.arshjul.support.EngineQueries;
import no.arshjul.support.PostgresTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.Statement;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** On PostgreSQL the engine's tables get the indexes Årshjul's task lists need, valid and ready. */
class EngineIndexesOnPostgresTest extends PostgresTest {

    private static final Pattern INDEX_NAME = Pattern.compile("create index if not exists (\\w+) on (\\w+)");

    private static final Pattern PARTIAL_INDEX = Pattern.compile("create index (\\w+) on (\\w+)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EngineIndexesPlugin plugin;
    @Autowired
    ProcessEngine engine;

    @Test
    void camundasIndexesOnMostlyEmptyColumnsHoldOnlyTheRowsWithAValue() {
        List<MatchResult> indexes = indexesIn(EngineIndexesPlugin.PARTIAL_SCRIPT, PARTIAL_INDEX);
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(10);
        for (MatchResult index : indexes) {
            assertThat(conditionOf(index.group(1), index.group(2))).as(index.group(1)).endsWith("IS NOT NULL)");
        }
    }

    @Test
    void aDatabaseWithCamundasFullIndexIsNarrowedOnceAndThenLeftAsItIs() {
        // as Camunda's own script makes it, in a database from before this change
        jdbc.execute("drop index act_idx_variable_task_id");
        jdbc.execute("create index act_idx_variable_task_id on act_ru_variable (task_id_)");
        assertThat(conditionOf("act_idx_variable_task_id", "act_ru_variable")).isNull();

        plugin.postProcessEngineBuild(engine);
        long narrowed = oidOf("act_idx_variable_task_id");
        plugin.postProcessEngineBuild(engine);

        assertThat(conditionOf("act_idx_variable_task_id", "act_ru_variable")).isEqualTo("(task_id_ IS NOT NULL)");
        assertThat(oidOf("act_idx_variable_task_id")).as("not built again by the next start-up").isEqualTo(narrowed);
    }

    @Test
    void aLookupByValueStillUsesTheNarrowedIndex() {
        assertThat(planWithoutSequentialScans("select id_ from act_ru_variable where bytearray_id_ = 'some-bytes'"))
                .contains("act_idx_var_bytearray");
        assertThat(planWithoutSequentialScans("select id_ from act_ru_authorization where group_id_ = 'hr'"))
                .containsAnyOf("act_idx_auth_group_id", "arshjul_idx_auth_group_resource");
        assertThat(planWithoutSequentialScans("select id_ from act_ru_execution where parent_id_ = 'some-instance'"))
                .contains("act_idx_exe_parent");
        assertThat(planWithoutSequentialScans("select id_ from act_ru_execution where business_key_ = '2027:10004'"))
                .contains("act_idx_exec_buskey");
        assertThat(planWithoutSequentialScans("select id_ from act_hi_procinst where removal_time_ <= now() limit 500"))
                .as("the history clean-up's search for what is due").contains("act_idx_hi_pro_inst_rm_time");
    }

    /** The index's condition as PostgreSQL prints it, null for an index on every row; the index must be valid. */
    private String conditionOf(String index, String table) {
        return jdbc.queryForObject("select pg_get_expr(x.indpred, x.indrelid) from pg_index x "
                + "join pg_class c on c.oid = x.indexrelid join pg_class t on t.oid = x.indrelid "
                + "where c.relname = ? and t.relname = ? and x.indisvalid", String.class, index, table);
    }

    /** The index name and table of every statement of the script; each statement must name them. */
    private static List<MatchResult> indexesIn(String script, Pattern statement) {
        return EngineIndexesPlugin.statements(script).stream().map(sql -> {
            Matcher m = statement.matcher(sql);
            assertThat(m.find()).as(sql).isTrue();
            return m.toMatchResult();
        }).toList();
    }

    private long oidOf(String index) {
        return jdbc.queryForObject("select oid from pg_class where relname = ?", Long.class, index);
    }

    @Test
    void everyIndexOfTheScriptExistsOnItsTable() {
        List<MatchResult> indexes = indexesIn(EngineIndexesPlugin.SCRIPT, INDEX_NAME);
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(6);
        for (MatchResult index : indexes) {
            assertThat(jdbc.queryForObject("select count(*) from pg_indexes i join pg_class c on c.relname = i.indexname "
                            + "join pg_index x on x.indexrelid = c.oid where i.indexname = ? and i.tablename = ? and x.indisvalid",
                    Integer.class, index.group(1), index.group(2))).as(index.group(1)).isEqualTo(1);
        }
    }

    @Test
    void anIndexNoLongerWantedIsDroppedAtStartUp() {
        // as an earlier version made it
        jdbc.execute("create index if not exists arshjul_idx_variable_instance_name on act_ru_variable (proc_inst_id_, name_)");

        plugin.postProcessEngineBuild(engine);

        assertThat(jdbc.queryForObject("select count(*) from pg_class where relname = 'arshjul_idx_variable_instance_name'",
                Integer.class)).isZero();
        assertThat(planWithoutSequentialScans("select * from act_ru_variable where name_ in ('employeeUserId', 'year') "
                + "and proc_inst_id_ in ('instance-1', 'instance-2')"))
                .as("the inbox's variables of its tasks' instances").contains("act_idx_var_procinst");
    }

    @Test
    void operationsAreAdvisedWhenTheDatabaseComparesTextByALanguage() {
        String collation = jdbc.queryForObject("select datcollate from pg_database where datname = current_database()",
                String.class);
        assertThat(jdbc.execute((ConnectionCallback<Optional<String>>) EngineIndexesPlugin::collationAdvice))
                .as("this database, made with " + collation)
                .isEqualTo(EngineIndexesPlugin.collationAdvice("c", collation));

        assertThat(EngineIndexesPlugin.collationAdvice("c", "nb_NO.UTF-8")).get(InstanceOfAssertFactories.STRING)
                .contains("'nb_NO.UTF-8'", "--lc-collate=C", "On PostgreSQL");
        assertThat(EngineIndexesPlugin.collationAdvice(null, "en_US.UTF-8")).as("PostgreSQL before 15").isPresent();
        assertThat(EngineIndexesPlugin.collationAdvice("i", "nb-NO-x-icu")).get(InstanceOfAssertFactories.STRING)
                .contains("ICU");
        assertThat(EngineIndexesPlugin.collationAdvice("c", "C")).isEmpty();
        assertThat(EngineIndexesPlugin.collationAdvice("c", "C.UTF-8")).isEmpty();
        assertThat(EngineIndexesPlugin.collationAdvice(null, "POSIX")).isEmpty();
        assertThat(EngineIndexesPlugin.collationAdvice("b", "nb_NO.UTF-8")).as("PostgreSQL 17's builtin provider")
                .isEmpty();
    }

    @Test
    void theInboxQueryOfAnAssigneeCanUseTheAssigneeIndex() {
        assertThat(planWithoutSequentialScans("select id_ from act_ru_task where assignee_ = 'anne' "
                + "order by create_time_ desc limit 50")).contains("arshjul_idx_task_assignee_created");
    }

    @Test
    void theJobExecutorsSearchForDueJobsReadsTheDueDateIndexNotEveryTimer() {
        // a year's reminders and deadlines: timers due weeks ahead, as a launch leaves them
        jdbc.update("insert into act_ru_job (id_, rev_, type_, exclusive_, retries_, duedate_, handler_type_, "
                + "suspension_state_, priority_) select 'waiting-timer-' || n, 1, 'timer', true, 3, "
                + "now() + interval '30 days' + n * interval '1 second', 'timer-transition', 1, 0 "
                + "from generate_series(1, 20000) n");
        try {
            jdbc.execute("analyze act_ru_job");
            String plan = String.join("\n", jdbc.queryForList("explain " + EngineQueries.JOB_ACQUISITION, String.class));
            assertThat(plan).contains("arshjul_idx_job_due").doesNotContain("Seq Scan on act_ru_job res");
        } finally {
            jdbc.update("delete from act_ru_job where id_ like 'waiting-timer-%'");
            jdbc.execute("analyze act_ru_job");
        }
    }

    /** One connection, so the setting holds for the EXPLAIN: the planner shows which index it would take on a large table. */
    private String planWithoutSequentialScans(String query) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("explain " + query)) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("reset enable_seqscan");
                return lines.toString();
            }
        });
    }
}
