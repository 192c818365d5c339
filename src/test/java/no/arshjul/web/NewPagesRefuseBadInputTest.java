package no.arshjul.web;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's new pages and APIs (Årshjulet, unit plans, the SKUP in progress and its measures, the
 * minutes' PDF, the competence changes, the leader's choices) answer nonsense in their paths and
 * parameters with a 4xx a person understands, never with a server error.
 */
@ArshjulTest
class NewPagesRefuseBadInputTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void nonsenseInPathsAndParametersIsRefusedNotAServerError() {
        Map<String, List<String>> byUser = new LinkedHashMap<>();
        byUser.put("hege", List.of("/arshjulet?year=abc",
                "/opplaeringsplan/FINNES-IKKE", "/opplaeringsplan/HO-SYKEHJEM/abc", "/opplaeringsplan/HO-SYKEHJEM/1",
                "/skup/abc", "/skup/99999", "/skup/99999/tiltak", "/skup/2026/tertial/abc", "/skup/2026/tertial/0.pdf",
                "/skup/2026/tiltak/abc", "/api/planning/abc/measures", "/api/planning/2026/measures/abc/history",
                "/api/planning/2026/tertial-reports/9", "/api/planning/unit-plans/FINNES-IKKE/2026",
                "/api/competence/profiles/kari/changes?year=abc", "/api/competence/profiles/finnes-ikke/changes?year=2026",
                "/sak/kari/referat/abc.pdf", "/sak/finnes-ikke/referat/2026.pdf"));
        byUser.put("lars", List.of("/leder?year=abc", "/leder?sort=%00", "/api/leader/overview?year=abc",
                "/api/leader/overview.xlsx?q=" + "x".repeat(500), "/sak/kari/referat/0.pdf"));
        byUser.put("kari", List.of("/arshjulet?year=abc", "/skup/2026/tiltak", "/opplaeringsplan/OU-SOLBAKKEN",
                "/api/competence/profiles/per/changes?year=2026"));
        List<String> notRefused = new java.util.ArrayList<>();
        byUser.forEach((user, paths) -> {
            for (String path : paths) {
                ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
                if (!response.getStatusCode().is4xxClientError()) {
                    notRefused.add(path + " as " + user + ": " + response.getStatusCode());
                }
            }
        });
        assertThat(notRefused).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongTypeInTheApiNamesTheParameterAndWhatItShouldBe() {
        ResponseEntity<Map> refused = http.withBasicAuth("lars", "demo").getForEntity("/api/leader/overview?year=abc", Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("field", "year")
                        .containsEntry("message", "«abc» passer ikke for «year»: det må være et heltall."));
    }
}
