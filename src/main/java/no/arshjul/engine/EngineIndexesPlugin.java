package no.arshjul.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Adds the indexes Camunda lacks for Årshjul's task lists and overviews (db/engine/postgresql-indexes.sql)
 * once the engine has built: Camunda makes its ACT_* tables itself, after Flyway has run, so a
 * Flyway migration would find them missing on a new database. PostgreSQL only (production); every
 * statement is {@code IF NOT EXISTS}, and an advisory lock keeps two nodes starting together from
 * creating the same index at once.
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    static final String SCRIPT = "db/engine/postgresql-indexes.sql";
    /** The advisory lock's key: any number that no other code of the database takes. */
    private static final long LOCK = 20_261_200_012L;
    private static final Logger log = LoggerFactory.getLogger(EngineIndexesPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"postgres".equals(configuration.getDatabaseType())) {
            return;
        }
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
                for (String sql : statements()) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the engine's indexes from " + SCRIPT, e);
        }
        log.info("Engine indexes in place ({})", SCRIPT);
    }

    static List<String> statements() {
        try {
            String script = new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
            String withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n");
            return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
