package no.arshjul.cycle;

import no.arshjul.support.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same launch batch run twice at once (the job and HR's relaunch, or two nodes): the second run
 * waits for the first one's locks on the batch's items, then finds them done and starts nobody.
 */
class LaunchBatchLockOnPostgresTest extends PostgresTest {

    private static final int YEAR = 3411;

    @Autowired
    CycleLaunchService launch;
    @Autowired
    CycleService cycles;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deleteYear(runtimeService, YEAR);
    }

    @Test
    void theSecondRunOfABatchWaitsForTheFirstAndStartsNobodyAgain() throws Exception {
        clockAt(LocalDateTime.of(YEAR, 1, 15, 9, 0));
        CalendarConfirmed.startYear(YEAR, cycles, identityService, taskService, managementService);
        int people = jdbc.queryForObject("select count(*) from launch_item where cycle_year = ? and batch_no = 0 "
                + "and status = 'PENDING'", Integer.class, YEAR);
        assertThat(people).isPositive();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstHasRun = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> transactions.executeWithoutResult(status -> {
            launch.runBatch(YEAR, 0);
            firstHasRun.countDown();
            awaitQuietly(firstMayCommit);
        }));
        assertThat(firstHasRun.await(60, TimeUnit.SECONDS)).isTrue();
        Future<?> second = pool.submit(() -> transactions.executeWithoutResult(status -> launch.runBatch(YEAR, 0)));
        Thread.sleep(1_000);
        assertThat(second.isDone()).as("the second run waits while the first holds the batch").isFalse();

        firstMayCommit.countDown();
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from launch_item where cycle_year = ? and batch_no = 0 "
                + "and status = 'PENDING'", Integer.class, YEAR)).isZero();
        // the demo has people who cannot be started (no leader, left): their items fail, once
        int started = jdbc.queryForObject("select count(*) from launch_item where cycle_year = ? and batch_no = 0 "
                + "and status = 'DONE'", Integer.class, YEAR);
        assertThat(started).isPositive();
        assertThat(instancesPerPerson("competence-mapping")).as("one mapping each").containsOnly(1L).hasSize(started);
        assertThat(instancesPerPerson("appraisal-talk")).as("one talk each").containsOnly(1L).hasSize(started);
    }

    private List<Long> instancesPerPerson(String processKey) {
        return jdbc.queryForList("select count(*) from act_ru_execution x join act_re_procdef d on d.id_ = x.proc_def_id_ "
                + "where x.parent_id_ is null and d.key_ = ? and x.business_key_ like ? group by x.business_key_",
                Long.class, processKey, YEAR + ":%");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
