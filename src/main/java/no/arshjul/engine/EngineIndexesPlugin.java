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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the indexes Camunda lacks for Årshjul's task lists and overviews (db/engine/postgresql-indexes.sql)
 * once the engine has built: Camunda makes its ACT_* tables itself, after Flyway has run, so a
 * Flyway migration would find them missing on a new database. PostgreSQL only (production); every
 * statement is {@code IF NOT EXISTS}, and an advisory lock keeps two nodes starting together from
 * creating the same index at once. Then it narrows Camunda's indexes on columns that are empty in
 * most rows to the rows with a value (db/engine/postgresql-partial-indexes.sql), once: an
 * index that has its condition already is left as it is. The indexes Årshjul no longer wants go
 * (db/engine/postgresql-retired-indexes.sql).
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    static final String SCRIPT = "db/engine/postgresql-indexes.sql";
    static final String PARTIAL_SCRIPT = "db/engine/postgresql-partial-indexes.sql";
    static final String RETIRED_SCRIPT = "db/engine/postgresql-retired-indexes.sql";
    private static final Pattern INDEX_NAME = Pattern.compile("^create index (\\w+) on ");
    /** The advisory lock's key: any number that no other code of the database takes. */
    private static final long LOCK = 20_261_200_012L;
    private static final Logger log = LoggerFactory.getLogger(EngineIndexesPlugin.class);
    /** libc collations that compare bytes (code points), as fast as text comparison gets. */
    private static final Set<String> BYTE_ORDER_COLLATIONS = Set.of("C", "POSIX", "C.UTF-8", "C.utf8");

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
                for (String sql : statements(SCRIPT)) {
                    statement.execute(sql);
                }
                for (String sql : statements(RETIRED_SCRIPT)) {
                    statement.execute(sql);
                }
                for (String sql : statements(PARTIAL_SCRIPT)) {
                    narrowToPartial(connection, sql);
                }
                connection.commit();
                collationAdvice(connection).ifPresent(log::warn);
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

    /**
     * Replaces the index of the statement's name by the statement's partial one, unless the index
     * has a condition already (made by an earlier start-up).
     */
    private static void narrowToPartial(Connection connection, String createIndex) throws SQLException {
        Matcher name = INDEX_NAME.matcher(createIndex);
        if (!name.find()) {
            throw new IllegalStateException("Not a 'create index <name> on' statement in " + PARTIAL_SCRIPT + ": " + createIndex);
        }
        try (PreparedStatement existing = connection.prepareStatement(
                "select pg_get_expr(x.indpred, x.indrelid) from pg_index x join pg_class c on c.oid = x.indexrelid "
                        + "where c.relname = ? and c.relnamespace = current_schema()::regnamespace")) {
            existing.setString(1, name.group(1));
            try (ResultSet index = existing.executeQuery()) {
                if (index.next() && index.getString(1) != null) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop index if exists " + name.group(1));
            statement.execute(createIndex);
        }
        log.info("Engine index {} now holds only the rows with a value", name.group(1));
    }

    /**
     * Advice for operations when the database compares text by a language's rules: every index on
     * Camunda's keys (text) then compares that way: a launch of 50,000 people took about 7 % longer,
     * and PostgreSQL a sixth more CPU, with nb_NO.UTF-8 than with C.UTF-8 (README "On PostgreSQL").
     */
    static Optional<String> collationAdvice(Connection connection) throws SQLException {
        // to_jsonb: the locale provider is a column only from PostgreSQL 15 on (builtin from 17)
        try (Statement statement = connection.createStatement();
             ResultSet database = statement.executeQuery("select datcollate, to_jsonb(d) ->> 'datlocprovider'"
                     + " from pg_database d where datname = current_database()")) {
            return database.next() ? collationAdvice(database.getString(2), database.getString(1)) : Optional.empty();
        }
    }

    static Optional<String> collationAdvice(String provider, String collation) {
        boolean comparesBytes = "b".equals(provider)
                || (provider == null || "c".equals(provider)) && BYTE_ORDER_COLLATIONS.contains(collation);
        if (comparesBytes) {
            return Optional.empty();
        }
        return Optional.of("This database compares text by " + ("i".equals(provider) ? "ICU " : "") + "'" + collation
                + "', so every index on Camunda's keys compares by a language's rules and the year's launch takes"
                + " longer. Make the database with --lc-collate=C (README \"On PostgreSQL\"); Årshjul sorts"
                + " what people see itself.");
    }

    static List<String> statements(String resource) {
        try {
            String script = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
            String withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n");
            return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
