package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The rows a launch writes per person (a mapping, a talk, two notices) take their ids from a
 * sequence fifty at a time instead of an identity column: an identity id is only known after its
 * own INSERT, so 100,000 people meant 200,000 single-row round trips; with ids known beforehand,
 * Hibernate sends them in JDBC batches. Each sequence starts after the ids already given, and the
 * column's default draws from it too, so an INSERT without an id never meets an id in use.
 * A Java migration because the two databases (PostgreSQL, H2 for the demo) say it differently.
 */
public class V90__pooled_ids extends BaseJavaMigration {

    static final List<String> TABLES = List.of("notification", "competence_mapping", "appraisal_talk");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                String sequence = table + "_ids";
                // Hibernate's pooled ids: each value drawn is the last of fifty ids, so the first
                // value is the first free id + 49
                sql.execute("create sequence " + sequence + " start with " + (nextId(sql, table) + 49)
                        + " increment by 50");
                sql.execute("alter table " + table + " alter column id drop identity");
                sql.execute("alter table " + table + " alter column id set default "
                        + (postgres ? "nextval('" + sequence + "')" : "next value for " + sequence));
            }
        }
    }

    private static long nextId(Statement sql, String table) throws SQLException {
        try (ResultSet max = sql.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            max.next();
            return max.getLong(1);
        }
    }
}
