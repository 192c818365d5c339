package no.arshjul.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * LoginAttempts in the database, shared by every node, on the app's clock (so tests can move time).
 * A name's row in login_throttle is locked (select ... for update) while a failure is counted, so
 * failures of one name on several nodes at once are counted one after the other; the first
 * failure of a name inserts that row, and a node that loses the race to insert it tries again and
 * finds it. Each failure is written in its own transaction: the engine's password check runs in a
 * read-only one, and a refused log-in must count even when the caller's work rolls back.
 */
@Component
@EnableScheduling
class JdbcLoginAttempts implements LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(JdbcLoginAttempts.class);
    private static final int INSERT_RACES = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    JdbcLoginAttempts(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                      @Value("${arshjul.login.max-failures:5}") int maxFailures,
                      @Value("${arshjul.login.failure-window:PT15M}") Duration window,
                      @Value("${arshjul.login.lock-duration:PT15M}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    @Override
    public boolean isLocked(String userName) {
        List<OffsetDateTime> lockedUntil = jdbc.query("select locked_until from login_throttle where name_hash = ?",
                (rs, row) -> rs.getObject(1, OffsetDateTime.class), key(userName));
        return !lockedUntil.isEmpty() && lockedAt(lockedUntil.get(0), clock.instant());
    }

    @Override
    public void failed(String userName) {
        String key = key(userName);
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> countFailure(key, now));
                return;
            } catch (DuplicateKeyException anotherRequestInsertedTheRowFirst) {
                if (attempt == INSERT_RACES) {
                    throw anotherRequestInsertedTheRowFirst;
                }
            }
        }
    }

    @Override
    public void succeeded(String userName) {
        String key = key(userName);
        // Most log-ins have no failures behind them: look before writing.
        if (!jdbc.queryForList("select name_hash from login_throttle where name_hash = ?", String.class, key).isEmpty()) {
            ownTransaction.executeWithoutResult(status ->
                    jdbc.update("delete from login_throttle where name_hash = ?", key));
        }
    }

    /**
     * Removes failures older than the window and names that are neither locked nor failed within
     * it. Every node runs it; the deletes are the same on each, and a name failing meanwhile keeps
     * its row (its last failure is recent), so nothing that still counts is lost.
     */
    @Scheduled(fixedDelayString = "${arshjul.login.cleanup-interval:PT10M}",
            initialDelayString = "${arshjul.login.cleanup-interval:PT10M}")
    void removeOldRows() {
        int removed = removeRowsOlderThanTheWindow();
        if (removed > 0) {
            log.debug("Log-in throttle: removed {} old rows", removed);
        }
    }

    int removeRowsOlderThanTheWindow() {
        Instant now = clock.instant();
        OffsetDateTime cutoff = at(now.minus(window));
        return ownTransaction.execute(status ->
                jdbc.update("delete from login_failure where failed_at <= ?", cutoff)
                + jdbc.update("delete from login_throttle where last_failure_at <= ?"
                        + " and (locked_until is null or locked_until <= ?)", cutoff, at(now)));
    }

    private void countFailure(String key, Instant now) {
        List<OffsetDateTime> row = jdbc.query("select locked_until from login_throttle where name_hash = ? for update",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class), key);
        if (row.isEmpty()) {
            // A second request inserting the same name at once gets a duplicate key, and failed() tries again.
            jdbc.update("insert into login_throttle (name_hash, locked_until, last_failure_at) values (?, null, ?)",
                    key, at(now));
        } else if (lockedAt(row.get(0), now)) {
            // Failures while locked do not count: the lock runs from its first moment.
            return;
        }
        jdbc.update("delete from login_failure where name_hash = ? and failed_at <= ?", key, at(now.minus(window)));
        jdbc.update("insert into login_failure (name_hash, failed_at) values (?, ?)", key, at(now));
        int failures = jdbc.queryForObject("select count(*) from login_failure where name_hash = ?", Integer.class, key);
        if (failures >= maxFailures) {
            jdbc.update("update login_throttle set locked_until = ?, last_failure_at = ? where name_hash = ?",
                    at(now.plus(lockDuration)), at(now), key);
            jdbc.update("delete from login_failure where name_hash = ?", key);
        } else {
            jdbc.update("update login_throttle set last_failure_at = ? where name_hash = ?", at(now), key);
        }
    }

    private static boolean lockedAt(OffsetDateTime lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The name as the throttle knows it: trimmed, lower case, hashed (fixed length, and no typed password kept). */
    static String key(String userName) {
        String name = userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
