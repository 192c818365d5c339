package no.arshjul.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real engines on one database each (in-memory H2, or an embedded PostgreSQL), built one after the
 * other as an upgrade would.
 */
class HistoryLevelChangeTest {

    private Database database = new Database("org.h2.Driver",
            "jdbc:h2:mem:history-level-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa");

    @Test
    void aDatabaseWrittenAtAuditStartsAtActivity() {
        auditIsMovedToActivity();
    }

    @Test
    void aPostgresqlDatabaseWrittenAtAuditStartsAtActivity() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            database = new Database("org.postgresql.Driver", postgres.getJdbcUrl("postgres", "postgres"), "postgres");
            auditIsMovedToActivity();
        }
    }

    private void auditIsMovedToActivity() {
        build(ProcessEngineConfiguration.HISTORY_AUDIT, false).close();
        assertThatThrownBy(() -> build(ProcessEngineConfiguration.HISTORY_ACTIVITY, false))
                .as("the engine alone refuses a database at another level")
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("historyLevel mismatch");

        assertThat(propertiesAfterStart(ProcessEngineConfiguration.HISTORY_ACTIVITY, true)).containsEntry("historyLevel", "1");
        build(ProcessEngineConfiguration.HISTORY_ACTIVITY, false).close();
    }

    @Test
    void aNewDatabaseIsCreatedAtActivity() {
        assertThat(propertiesAfterStart(ProcessEngineConfiguration.HISTORY_ACTIVITY, true)).containsEntry("historyLevel", "1");
    }

    @Test
    void aDatabaseAtFullIsLeftAsItIs() {
        build(ProcessEngineConfiguration.HISTORY_FULL, false).close();

        assertThatThrownBy(() -> build(ProcessEngineConfiguration.HISTORY_ACTIVITY, true))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("historyLevel mismatch");
        assertThat(propertiesAfterStart(ProcessEngineConfiguration.HISTORY_FULL, false)).containsEntry("historyLevel", "3");
    }

    /** The engine's stored properties once an engine has started on the database (and closed again). */
    private Map<String, String> propertiesAfterStart(String historyLevel, boolean withChange) {
        ProcessEngine engine = build(historyLevel, withChange);
        try {
            return engine.getManagementService().getProperties();
        } finally {
            engine.close();
        }
    }

    private ProcessEngine build(String historyLevel, boolean withChange) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcDriver(database.driver());
        configuration.setJdbcUrl(database.url());
        configuration.setJdbcUsername(database.user());
        configuration.setJdbcPassword("");
        configuration.setHistory(historyLevel);
        // a name of its own, so the engines of the Spring tests in the same JVM are not replaced
        configuration.setProcessEngineName("history-level-change-" + UUID.randomUUID());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        if (withChange) {
            configuration.setProcessEnginePlugins(List.of(new HistoryLevelChange()));
        }
        return configuration.buildProcessEngine();
    }

    private record Database(String driver, String url, String user) {
    }
}
