package no.arshjul.cycle;

import no.arshjul.support.PostgresTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR presses "start the year" twenty times at once: one cycle starts, every other request is told
 * that the year has already started (409), none gets a 500 from the unique key on the year.
 */
class CycleStartRaceOnPostgresTest extends PostgresTest {

    static final int YEAR = 2079;

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AnnualCycleRepository cycles;

    @AfterEach
    void cleanUp() {
        deleteYear(runtimeService, YEAR);
        ClockUtil.reset();
    }

    @Test
    void twentySimultaneousStartsMakeOneCycleAndNineteenConflicts() throws Exception {
        clockAt(LocalDateTime.of(YEAR, 1, 5, 9, 0));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return http.withBasicAuth("hege", "demo").postForEntity("/api/cycles", Map.of("year", YEAR), String.class)
                        .getStatusCode().value();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == HttpStatus.CREATED.value()).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == HttpStatus.CONFLICT.value()).hasSize(19);
        assertThat(cycles.findAll()).filteredOn(c -> c.getYear() == YEAR).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleService.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(YEAR)).count()).isEqualTo(1);
    }
}
