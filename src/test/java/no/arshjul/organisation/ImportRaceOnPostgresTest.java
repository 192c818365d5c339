package no.arshjul.organisation;

import no.arshjul.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR uploads the same payroll file four times at once (a double click, two advisers): nobody gets a
 * 500, and every person exists once, whichever upload wins.
 */
class ImportRaceOnPostgresTest extends PostgresTest {

    static final int PEOPLE = 40;

    @Autowired
    TestRestTemplate http;
    @Autowired
    EmployeeRepository employees;

    @Test
    void fourSimultaneousImportsOfOneFileStoreEveryoneOnceAndAnswerNo500() throws Exception {
        // Inactive people: the race is about the rows, and inactive people start no processes for other tests to see.
        StringBuilder csv = new StringBuilder("ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;"
                + "stillingsprosent;startdato;enhet;aktiv;leder_for\n");
        for (int i = 0; i < PEOPLE; i++) {
            String number = String.valueOf(96100 + i);
            csv.append(number).append(";race.").append(number).append(";Samtidig;Import;race").append(number)
                    .append("@fjordvik.kommune.no;1980-01-01;Konsulent;100;2020-01-01;KT-PLAN;nei;\n");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv"));
        HttpEntity<byte[]> upload = new HttpEntity<>(csv.toString().getBytes(StandardCharsets.UTF_8), headers);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return http.withBasicAuth("hege", "demo").postForEntity("/api/organisation/import", upload, String.class);
            }));
        }
        go.countDown();
        List<ResponseEntity<String>> responses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            responses.add(answer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(response -> assertThat(response.getStatusCode().is5xxServerError())
                .as("status %s, body %s", response.getStatusCode(), response.getBody()).isFalse());
        assertThat(responses).anySatisfy(response -> assertThat(response.getStatusCode().is2xxSuccessful()).isTrue());
        assertThat(responses).allSatisfy(response -> assertThat(response.getStatusCode().value()).isIn(200, 409));
        List<String> stored = employees.findAll().stream().map(Employee::getEmployeeNumber)
                .filter(number -> number.startsWith("961")).toList();
        assertThat(stored).hasSize(PEOPLE).doesNotHaveDuplicates();
    }
}
