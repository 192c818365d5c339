package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Gives the organisation tables a sequence that hands out ids fifty at a time, so Hibernate can
 * batch the inserts of a large import (identity columns make it insert row by row). Java rather
 * than SQL because the start must follow the rows already there, and H2 and PostgreSQL disagree
 * on how to compute a sequence start in SQL.
 */
public class V34__organisation_id_sequences extends BaseJavaMigration {

    /** Must equal the allocationSize of the entities' @SequenceGenerator. */
    static final int ALLOCATION_SIZE = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : List.of("org_unit", "employee", "role_assignment")) {
                long highestId;
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    max.next();
                    highestId = max.getLong(1);
                }
                // Hibernate's pooled optimizer reads a sequence value as the top of its block of
                // fifty, so the first value must lie a whole block above the ids already taken.
                statement.execute("create sequence " + table + "_seq start with " + (highestId + ALLOCATION_SIZE)
                        + " increment by " + ALLOCATION_SIZE);
            }
        }
    }
}
