package no.arshjul.security;

import no.arshjul.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong passwords for one name arriving all at once, as from several nodes, on PostgreSQL. */
class LoginAttemptsOnPostgresTest extends PostgresTest {

    static final int PARALLEL = 30;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @Test
    void thirtyFailuresAtOnceAreCountedEveryOneWithoutAnError() throws Exception {
        JdbcLoginAttempts attempts = withMaxFailures(PARALLEL + 1);

        inParallel(() -> attempts.failed("samtidig.feil"));

        assertThat(jdbc.queryForObject("select count(*) from login_failure where name_hash = ?", Integer.class,
                JdbcLoginAttempts.key("samtidig.feil"))).isEqualTo(PARALLEL);
        assertThat(attempts.isLocked("samtidig.feil")).isFalse();
        attempts.failed("samtidig.feil");
        assertThat(attempts.isLocked("samtidig.feil")).as("the 31st locks").isTrue();
    }

    @Test
    void thirtyFailuresAtOnceLockTheName() throws Exception {
        JdbcLoginAttempts attempts = withMaxFailures(5);

        inParallel(() -> attempts.failed("mange.gjett"));

        assertThat(attempts.isLocked("mange.gjett")).isTrue();
    }

    private JdbcLoginAttempts withMaxFailures(int maxFailures) {
        return new JdbcLoginAttempts(jdbc, transactionManager, clock, maxFailures, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
    }

    /** Runs the call on 30 threads released at the same moment; fails on any thread's exception. */
    private static void inParallel(Runnable call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    call.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> done : calls) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
