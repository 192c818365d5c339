package no.arshjul.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Årshjul ran at history level 'audit' until it moved to 'activity' (application.yml). The engine
 * stores its level in the database and refuses to start when the configuration says another, so a
 * database written at 'audit' is moved to 'activity' before the engine compares the two. Historic
 * variables already written stay until their instances' history is removed. Nothing else is
 * changed: a database at any other level still meets the engine's own refusal.
 */
@Component
class HistoryLevelChange extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryLevelChange.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryLevel().getId() != HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId()) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection()) {
            if (!hasPropertyTable(connection)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("update ACT_GE_PROPERTY set VALUE_ = ?, "
                    + "REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ = ?")) {
                update.setString(1, String.valueOf(HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId()));
                update.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_AUDIT.getId()));
                if (update.executeUpdate() > 0) {
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                    log.info("The engine's history level is moved from 'audit' to 'activity': "
                            + "process variables are no longer copied into the history");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the engine's history level from 'audit' to 'activity'", e);
        }
    }

    /** A new database has no engine tables yet: the engine creates them at the configured level. */
    private static boolean hasPropertyTable(Connection connection) throws SQLException {
        // PostgreSQL keeps unquoted names in lower case, H2 in upper case
        for (String name : List.of("act_ge_property", "ACT_GE_PROPERTY")) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
