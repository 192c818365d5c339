package no.arshjul.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.support.ArshjulTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.transaction.PlatformTransactionManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tertial report HR gives the rådmann, as JSON, page and PDF: it sums the measures, names the
 * statuses in words and never by their codes, and an ordinary employee or a leader cannot read it.
 * Test years 3220–3229.
 */
@ArshjulTest
class TertialReportDocumentTest {

    private static int nextYear = 3220;
    private static final List<String> CODES = List.of("PLANNED", "IN_PROGRESS", "DONE", "CANCELLED");

    @Autowired
    TestRestTemplate http;
    @Autowired
    SkupPlanRepository plans;
    @Autowired
    PlatformTransactionManager transactions;

    final ObjectMapper json = new ObjectMapper();
    int year;
    List<Long> ids;

    @BeforeEach
    void followedUpPlan() {
        year = nextYear++;
        ids = new SkupMeasurePlans(plans, transactions).plan(year, true, "Fagbrev for assistenter", 250_000,
                "Lederutvikling for enhetsledere", 120_000, "Språkkurs i norsk", 40_000, "Velferdsteknologi i hjemmetjenesten", 60_000);
        update(ids.get(0), "IN_PROGRESS", 100_000);
        update(ids.get(1), "DONE", 130_500);
        update(ids.get(2), "CANCELLED", 0);
    }

    @Test
    void theReportSumsTheMeasures() throws Exception {
        JsonNode report = json.readTree(http.withBasicAuth("rita", "demo")
                .getForObject("/api/planning/" + year + "/tertial-reports/1", String.class));

        assertThat(report.path("measures")).hasSize(4);
        assertThat(report.path("measures")).extracting(m -> m.path("statusText").asText())
                .containsExactly("Pågår", "Gjennomført", "Avlyst", "Planlagt");
        assertThat(report.path("measures").get(1).path("deviationNok").decimalValue()).isEqualByComparingTo("10500");
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal deviation = BigDecimal.ZERO;
        for (JsonNode m : report.path("measures")) {
            budget = budget.add(m.path("budgetNok").decimalValue());
            spent = spent.add(m.path("spentNok").decimalValue());
            deviation = deviation.add(m.path("deviationNok").decimalValue());
        }
        assertThat(report.path("totalBudgetNok").decimalValue()).isEqualByComparingTo(budget).isEqualByComparingTo("470000");
        assertThat(report.path("totalSpentNok").decimalValue()).isEqualByComparingTo(spent).isEqualByComparingTo("230500");
        assertThat(report.path("totalDeviationNok").decimalValue()).isEqualByComparingTo(deviation)
                .isEqualByComparingTo("-239500");
        assertThat(report.path("from").asText()).isEqualTo(year + "-01-01");
        assertThat(report.path("to").asText()).isEqualTo(year + "-04-30");

        assertThat(http.withBasicAuth("rita", "demo").getForEntity("/api/planning/" + year + "/tertial-reports/4",
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("rita", "demo").getForEntity("/api/planning/3248/tertial-reports/1",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePdfNamesTheMeasuresAndTheirStatusesInWords() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("rita", "demo")
                .getForEntity("/skup/" + year + "/tertial/2.pdf", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Tertialrapport", "2. tertial " + year, "Fjordvik kommune")
                    .contains("Fagbrev for assistenter", "Lederutvikling for enhetsledere", "Språkkurs i norsk",
                            "Velferdsteknologi i hjemmetjenesten")
                    .contains("Pågår", "Gjennomført", "Avlyst", "Planlagt")
                    .contains("470 000", "230 500", "-239 500");
            for (String code : CODES) {
                assertThat(text).as("no status code in the document").doesNotContain(code);
            }
        }
    }

    @Test
    void inEnglishThePdfNamesTheStatusesInEnglishWords() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("rita", "demo")
                .getForEntity("/skup/" + year + "/tertial/3.pdf?lang=en", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Tertial report", "In progress", "Completed", "Cancelled", "Planned",
                    "Fagbrev for assistenter");
            for (String code : CODES) {
                assertThat(text).doesNotContain(code);
            }
        }
    }

    @Test
    void thePageShowsTheStatusesInWordsToTheForumAndTheRadmann() {
        for (String user : List.of("siri", "rita", "hege", "tone")) {
            ResponseEntity<String> page = http.withBasicAuth(user, "demo").getForEntity("/skup/" + year + "/tertial/1",
                    String.class);
            assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            String visible = page.getBody().replaceAll("<[^>]*>", " ");
            assertThat(visible).contains("Fagbrev for assistenter", "Pågår", "Gjennomført", "Avlyst");
            for (String code : CODES) {
                assertThat(visible).as(user + ": no status code on the page").doesNotContain(code);
            }
        }
    }

    @Test
    void anOrdinaryEmployeeOrALeaderCannotReadTheReport() {
        for (String user : List.of("kari", "lars")) {
            TestRestTemplate as = http.withBasicAuth(user, "demo");
            assertThat(as.getForEntity("/skup/" + year + "/tertial/1", String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as.getForEntity("/skup/" + year + "/tertial/1.pdf", byte[].class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as.getForEntity("/api/planning/" + year + "/tertial-reports/1", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as.getForEntity("/skup/" + year + "/tiltak", String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private void update(long measure, String status, int spent) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.withBasicAuth("hege", "demo").exchange(
                "/api/planning/" + year + "/measures/" + measure, HttpMethod.PATCH,
                new HttpEntity<>(Map.of("status", status, "spentNok", spent), headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    }
}
