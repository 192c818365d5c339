package no.arshjul.tasks;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.forms.FormSubmissionRepository;
import no.arshjul.support.PostgresTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two completions of one task at the same moment, on PostgreSQL: exactly one wins (2xx), the other
 * is told the task was completed by someone else (409), and only the winner's answers are stored.
 * The race is made certain, not left to timing: the test holds the task's row lock until both
 * requests have read the task, checked the form and are waiting to write.
 */
class CompletionRaceOnPostgresTest extends PostgresTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    FormSubmissionRepository submissions;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoSubmitFormsThroughEngineRest() throws Exception {
        race(2077, taskId -> http.withBasicAuth("anne", "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", typed(ValidSubmission.of("appraisal-prep-employee"))), Map.class));
    }

    @Test
    void twoCompletionsThroughTheTaskApi() throws Exception {
        race(2078, taskId -> http.withBasicAuth("anne", "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                ValidSubmission.of("appraisal-prep-employee"), Map.class));
    }

    @SuppressWarnings("unchecked")
    private void race(int year, Function<String, ResponseEntity<Map>> complete) throws Exception {
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ResponseEntity<Map>>> answers;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select id_ from act_ru_task where id_ = ? for update")) {
                select.setString(1, task.getId());
                select.executeQuery().close();
            }
            answers = List.of(pool.submit(() -> complete.apply(task.getId())), pool.submit(() -> complete.apply(task.getId())));
            awaitRequestsWaitingForLocks(lock, 2);
            lock.commit();
        }
        List<ResponseEntity<Map>> responses = List.of(answers.get(0).get(60, TimeUnit.SECONDS),
                answers.get(1).get(60, TimeUnit.SECONDS));
        pool.shutdown();

        assertThat(responses).as("%s", responses).filteredOn(r -> r.getStatusCode().is2xxSuccessful()).hasSize(1);
        ResponseEntity<Map> loser = responses.stream().filter(r -> !r.getStatusCode().is2xxSuccessful()).findFirst().orElseThrow();
        assertThat(loser.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) loser.getBody().get("message")).contains("allerede fullført av en annen");
        assertThat(submissions.countByProcessInstanceId(instance)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .as("the process moved on once").isNotEqualTo("prepare-employee");
    }

    private static void awaitRequestsWaitingForLocks(Connection connection, int requests) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try (PreparedStatement waiting = connection.prepareStatement(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock'");
                 ResultSet count = waiting.executeQuery()) {
                count.next();
                if (count.getInt(1) >= requests) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The two completions never reached the database at the same time");
    }

    /** The REST body of variables: {"key": {"value": v}}, lists as Json, as Tasklist sends them. */
    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            try {
                typed.put(k, v instanceof List<?> list
                        ? Map.of("type", "Json", "value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(list))
                        : Map.of("value", v));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return typed;
    }
}
