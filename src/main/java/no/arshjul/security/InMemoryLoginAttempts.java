package no.arshjul.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** LoginAttempts in this node's memory, on the app's clock (so tests can move time). */
@Component
class InMemoryLoginAttempts implements LoginAttempts {

    /** Guessing with ever new names must not fill the memory: beyond this, stale names are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    InMemoryLoginAttempts(Clock clock,
                          @Value("${arshjul.login.max-failures:5}") int maxFailures,
                          @Value("${arshjul.login.failure-window:PT15M}") Duration window,
                          @Value("${arshjul.login.lock-duration:PT15M}") Duration lockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    @Override
    public boolean isLocked(String userName) {
        Record record = records.get(key(userName));
        return record != null && record.lockedAt(clock.instant());
    }

    @Override
    public void failed(String userName) {
        Instant now = clock.instant();
        if (records.size() > PRUNE_ABOVE) {
            records.values().removeIf(record -> record.staleAt(now));
        }
        records.computeIfAbsent(key(userName), k -> new Record()).failed(now);
    }

    @Override
    public void succeeded(String userName) {
        records.remove(key(userName));
    }

    private static String key(String userName) {
        return userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
    }

    private final class Record {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized void failed(Instant now) {
            if (lockedAt(now)) {
                return;
            }
            failures.removeIf(at -> !at.isAfter(now.minus(window)));
            failures.addLast(now);
            if (failures.size() >= maxFailures) {
                lockedUntil = now.plus(lockDuration);
                failures.clear();
            }
        }

        synchronized boolean staleAt(Instant now) {
            return !lockedAt(now) && failures.stream().noneMatch(at -> at.isAfter(now.minus(window)));
        }
    }
}
