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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The units file on PostgreSQL (the V60 migration, closed_at, the change record), uploaded three
 * times at once: nobody gets a 500 and the new unit exists once. The demo tree is restored after.
 */
class UnitImportOnPostgresTest extends PostgresTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    OrganisationChangeLog changeLog;

    @Test
    void simultaneousUploadsAddTheUnitOnceAndTheDemoFileClosesItAgain() throws Exception {
        HttpEntity<byte[]> withNewUnit = csv(UnitImportServiceTest.DEMO + "KT-PG;Ny på PostgreSQL;ENHET;KT\n");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return http.withBasicAuth("hege", "demo").postForEntity("/api/organisation/units", withNewUnit, String.class);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            statuses.add(answer.get().getStatusCode().value());
        }
        pool.shutdown();

        assertThat(statuses).as("each upload either wins or is told someone else just did").allMatch(s -> s == 200 || s == 409)
                .contains(200);
        assertThat(units.findAll()).filteredOn(u -> u.getCode().equals("KT-PG")).hasSize(1);

        ResponseEntity<String> back = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/organisation/units", csv(UnitImportServiceTest.DEMO), String.class);

        assertThat(back.getStatusCode().value()).isEqualTo(200);
        assertThat(back.getBody()).contains("\"closed\":[\"KT-PG\"]");
        assertThat(units.findByCode("KT-PG").orElseThrow().getClosedAt()).isNotNull();
        assertThat(changeLog.latest(1).get(0)).satisfies(c -> {
            assertThat(c.getActor()).isEqualTo("hege");
            assertThat(c.getChange()).isEqualTo("unit-closed");
            assertThat(c.getUnitCode()).isEqualTo("KT-PG");
        });
    }

    private static HttpEntity<byte[]> csv(String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv"));
        return new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), headers);
    }
}
