package no.arshjul.planning;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may see the gap analysis, and who sees it with small groups suppressed. */
@ArshjulTest
class GapAnalysisAccessTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void hrSeesEveryFigureTheRadmannAndUnionRepresentativesSeeSuppressedOnesOthersNothing() {
        assertThat(get("hege").get("smallCellsSuppressed")).isEqualTo(false);
        for (String user : List.of("rita", "tone", "siri")) {
            assertThat(get(user).get("smallCellsSuppressed")).as(user).isEqualTo(true);
        }
        for (String user : List.of("kari", "lars")) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/planning/2028/gap-analysis", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Autowired
    SkupService skup;

    @Test
    void aDraftPlanIsNotForEveryone() {
        skup.planFor(2099, null);

        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/skup/2099", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/skup/2099.pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("tone", "demo").getForEntity("/skup/2099", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/skup/2098", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Map<?, ?> get(String user) {
        return http.withBasicAuth(user, "demo").getForObject("/api/planning/2028/gap-analysis?scenario=EARLY", Map.class);
    }
}
