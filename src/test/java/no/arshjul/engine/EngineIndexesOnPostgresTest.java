package no.arshjul.engine;

import no.arshjul.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.Statement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** On PostgreSQL the engine's tables get the indexes Årshjul's task lists need, valid and ready. */
class EngineIndexesOnPostgresTest extends PostgresTest {

    private static final Pattern INDEX_NAME = Pattern.compile("create index if not exists (\\w+) on (\\w+)");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyIndexOfTheScriptExistsOnItsTable() {
        List<String> statements = EngineIndexesPlugin.statements();
        assertThat(statements).hasSizeGreaterThanOrEqualTo(6);
        for (String statement : statements) {
            Matcher m = INDEX_NAME.matcher(statement);
            assertThat(m.find()).as(statement).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from pg_indexes i join pg_class c on c.relname = i.indexname "
                            + "join pg_index x on x.indexrelid = c.oid where i.indexname = ? and i.tablename = ? and x.indisvalid",
                    Integer.class, m.group(1), m.group(2))).as(m.group(1)).isEqualTo(1);
        }
    }

    @Test
    void theInboxQueryOfAnAssigneeCanUseTheAssigneeIndex() {
        // one connection, so the setting holds for the EXPLAIN; without sequential scans the planner
        // shows which index it would take on a large table
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("explain select id_ from act_ru_task where assignee_ = 'anne' "
                        + "order by create_time_ desc limit 50")) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("reset enable_seqscan");
                return lines.toString();
            }
        });
        assertThat(plan).contains("arshjul_idx_task_assignee_created");
    }
}
