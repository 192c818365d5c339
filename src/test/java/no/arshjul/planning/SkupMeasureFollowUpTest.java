package no.arshjul.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR follows up the adopted SKUP's measures through the API: status and spend, every change kept;
 * bad input refused with the field named and nothing saved; only HR changes them. Test years 3200–3219.
 */
@ArshjulTest
class SkupMeasureFollowUpTest {

    private static int nextYear = 3200;

    @Autowired
    TestRestTemplate http;
    @Autowired
    SkupPlanRepository plans;
    @Autowired
    SkupMeasureChangeRepository changes;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SkupMeasureProgress progress;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    SkupMeasurePlans records;
    int year;

    @BeforeEach
    void setUp() {
        records = new SkupMeasurePlans(plans, transactions);
        year = nextYear++;
    }

    @Test
    void hrRecordsStatusAndSpendAndEveryChangeIsKeptWithWhoWhenFromAndTo() throws Exception {
        List<Long> ids = records.plan(year, true, "Fagbrev for assistenter", 250_000, "Lederutvikling", 100_000);
        long fagbrev = ids.get(0);

        ResponseEntity<String> first = patch("hege", fagbrev, Map.of("status", "IN_PROGRESS", "spentNok", 40000,
                "comment", "Første kull i gang."));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode line = json.readTree(first.getBody());
        assertThat(line.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(line.path("statusText").asText()).isEqualTo("Pågår");
        assertThat(line.path("spentNok").decimalValue()).isEqualByComparingTo("40000");
        assertThat(line.path("deviationNok").decimalValue()).isEqualByComparingTo("-210000");

        // a PATCH changes only what it names: the comment stays
        assertThat(patch("hege", fagbrev, Map.of("spentNok", 255000.5)).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> put = send(HttpMethod.PUT, "hege", fagbrev, Map.of("status", "DONE", "spentNok", 260000));
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode history = json.readTree(http.withBasicAuth("rita", "demo")
                .getForObject("/api/planning/" + year + "/measures/" + fagbrev + "/history", String.class));
        assertThat(history).hasSize(3);
        assertThat(history.get(0).path("changedBy").asText()).isEqualTo("hege");
        assertThat(history.get(0).path("changedByName").asText()).isNotBlank().isNotEqualTo("hege");
        assertThat(history.get(0).path("changedAt").asText()).isNotBlank();
        assertThat(history.get(0).path("fromStatusText").asText()).isEqualTo("Planlagt");
        assertThat(history.get(0).path("toStatusText").asText()).isEqualTo("Pågår");
        assertThat(history.get(0).path("fromSpentNok").decimalValue()).isEqualByComparingTo("0");
        assertThat(history.get(1).path("fromSpentNok").decimalValue()).isEqualByComparingTo("40000");
        assertThat(history.get(1).path("toSpentNok").decimalValue()).isEqualByComparingTo("255000.50");
        assertThat(history.get(2).path("fromStatus").asText()).isEqualTo("IN_PROGRESS");
        assertThat(history.get(2).path("toStatusText").asText()).isEqualTo("Gjennomført");

        JsonNode followed = json.readTree(http.withBasicAuth("siri", "demo")
                .getForObject("/api/planning/" + year + "/measures", String.class));
        assertThat(followed.path("measures").get(0).path("statusText").asText()).isEqualTo("Gjennomført");
        assertThat(followed.path("measures").get(0).path("comment").isNull())
                .as("a PUT without a comment clears it").isTrue();
        assertThat(followed.path("measures").get(1).path("statusText").asText()).isEqualTo("Planlagt");
        assertThat(followed.path("totalBudgetNok").decimalValue()).isEqualByComparingTo("350000");
        assertThat(followed.path("totalSpentNok").decimalValue()).isEqualByComparingTo("260000");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsSaved() throws Exception {
        List<Long> ids = records.plan(year, true, "Fagbrev for assistenter", 250_000);
        int notAdoptedYear = nextYear++;
        List<Long> draftIds = records.plan(notAdoptedYear, false, "Utkastets tiltak", 10_000);
        long measure = ids.get(0);

        refused(patch("hege", measure, Map.of("status", "FINISHED")), HttpStatus.BAD_REQUEST, "status", "Ukjent status");
        refused(patch("hege", measure, Map.of("status", "DONE", "spentNok", -1)), HttpStatus.BAD_REQUEST, "spentNok",
                "negativt");
        refused(patch("hege", measure, Map.of("spentNok", 10.001)), HttpStatus.BAD_REQUEST, "spentNok", "desimaler");
        refused(patch("hege", measure, Map.of("spentNok", "mye")), HttpStatus.BAD_REQUEST, "spentNok", null);
        refused(patch("hege", measure, Map.of("comment", "x".repeat(2001))), HttpStatus.BAD_REQUEST, "comment", "2000");
        refused(send(HttpMethod.PUT, "hege", measure, Map.of("spentNok", 10)), HttpStatus.BAD_REQUEST, "status", null);
        refused(send(HttpMethod.PUT, "hege", measure, Map.of("status", "DONE")), HttpStatus.BAD_REQUEST, "spentNok", null);
        // a measure of another year, through this year's address
        refused(patch("hege", draftIds.get(0), Map.of("status", "DONE")), HttpStatus.NOT_FOUND, "measureId",
                "finnes ikke i SKUP " + year);
        refused(exchange(HttpMethod.PATCH, "hege", "/api/planning/3249/measures/" + measure, Map.of("status", "DONE")),
                HttpStatus.NOT_FOUND, "planYear", null);
        // spend on a measure of a plan that is not adopted
        refused(exchange(HttpMethod.PATCH, "hege", "/api/planning/" + notAdoptedYear + "/measures/" + draftIds.get(0),
                Map.of("status", "IN_PROGRESS", "spentNok", 500)), HttpStatus.CONFLICT, "planYear", "ikke vedtatt");
        // a change made meanwhile by someone else
        refused(patch("hege", measure, Map.of("status", "DONE", "version", 7)), HttpStatus.CONFLICT, "version", null);

        assertThat(changes.countByPlanYear(year)).isZero();
        assertThat(changes.countByPlanYear(notAdoptedYear)).isZero();
        SkupMeasureProgress.Line unchanged = progress.of(year).measures().get(0);
        assertThat(unchanged.status()).isEqualTo(SkupMeasureStatus.PLANNED);
        assertThat(unchanged.spentNok()).isEqualByComparingTo("0");
        assertThat(unchanged.comment()).isNull();
        assertThat(progress.of(notAdoptedYear).measures().get(0).spentNok()).isEqualByComparingTo("0");
    }

    @Test
    void onlyHrUpdatesAMeasure() throws Exception {
        long measure = records.plan(year, true, "Fagbrev for assistenter", 250_000).get(0);

        // kari is an employee; lars a leader without HR; rita and tone read the follow-up but do not change it
        for (String user : List.of("kari", "lars", "rita", "tone")) {
            ResponseEntity<String> answer = patch(user, measure, Map.of("status", "DONE", "spentNok", 1));
            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(HttpMethod.PUT, user, measure, Map.of("status", "DONE", "spentNok", 1)).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String user : List.of("kari", "lars")) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/planning/" + year + "/measures", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(changes.countByPlanYear(year)).isZero();
        assertThat(progress.of(year).measures().get(0).status()).isEqualTo(SkupMeasureStatus.PLANNED);
    }

    @Test
    void twoUpdatesAtOnceAreNeverAServerError() throws Exception {
        long measure = records.plan(year, true, "Fagbrev for assistenter", 250_000).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<HttpStatus> answers = new ArrayList<>();
        try {
            // Both saves read the measure, then meet at its row, held for a moment by a third transaction:
            // the one that writes second finds the version changed.
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.queryForObject("select id from skup_measure where id = ? for update", Long.class, measure);
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            locked.await();
            List<Future<ResponseEntity<String>>> both = new ArrayList<>();
            for (int who = 0; who < 2; who++) {
                int spent = 1000 + who;
                both.add(pool.submit(() -> patch("hege", measure, Map.of("status", "IN_PROGRESS", "spentNok", spent))));
            }
            // release when both wait for the row (H2 names who blocks a session), at the latest after 1.5 s
            for (int i = 0; i < 75 && jdbc.queryForObject(
                    "select count(*) from information_schema.sessions where blocker_id is not null", Integer.class) < 2; i++) {
                Thread.sleep(20);
            }
            release.countDown();
            holder.get();
            for (Future<ResponseEntity<String>> answer : both) {
                ResponseEntity<String> response = answer.get();
                answers.add(HttpStatus.valueOf(response.getStatusCode().value()));
                if (response.getStatusCode().value() == 409) {
                    assertThat(response.getBody()).contains("endret av noen andre", "\"field\":\"version\"");
                }
            }
            // and some more at once without the hold
            for (int round = 0; round < 5; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<String>>> pair = new ArrayList<>();
                for (int who = 0; who < 2; who++) {
                    int spent = 2000 + round * 10 + who;
                    pair.add(pool.submit(() -> {
                        start.await();
                        return patch("hege", measure, Map.of("status", "IN_PROGRESS", "spentNok", spent));
                    }));
                }
                start.countDown();
                for (Future<ResponseEntity<String>> answer : pair) {
                    answers.add(HttpStatus.valueOf(answer.get().getStatusCode().value()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).as("saved, or told that someone else saved first").allMatch(s -> s == HttpStatus.OK
                || s == HttpStatus.CONFLICT);
        assertThat(answers.subList(0, 2)).as("the held pair: one saved, one told")
                .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        long saved = answers.stream().filter(s -> s == HttpStatus.OK).count();
        assertThat(changes.countByPlanYear(year)).as("one kept change per save, none for a refusal").isEqualTo(saved);
        List<SkupMeasureProgress.Change> history = progress.history(year, measure);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).fromSpent()).as("each change starts where the one before ended")
                    .isEqualByComparingTo(history.get(i - 1).toSpent());
        }
        assertThat(progress.of(year).measures().get(0).spentNok())
                .isEqualByComparingTo(history.get(history.size() - 1).toSpent());
    }

    private void refused(ResponseEntity<String> answer, HttpStatus status, String field, String words) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.path("errors")).as(answer.getBody()).isNotEmpty();
        assertThat(problem.path("errors").get(0).path("field").asText()).as(answer.getBody()).isEqualTo(field);
        if (words != null) {
            assertThat(problem.path("detail").asText()).contains(words);
        }
    }

    private ResponseEntity<String> patch(String user, long measure, Map<String, Object> body) {
        return send(HttpMethod.PATCH, user, measure, body);
    }

    private ResponseEntity<String> send(HttpMethod method, String user, long measure, Map<String, Object> body) {
        return exchange(method, user, "/api/planning/" + year + "/measures/" + measure, body);
    }

    private ResponseEntity<String> exchange(HttpMethod method, String user, String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
