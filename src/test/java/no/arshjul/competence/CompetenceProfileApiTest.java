package no.arshjul.competence;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read a competence profile: the person, their closest leader, and HR; nobody else. */
@ArshjulTest
class CompetenceProfileApiTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void kariReadsHerOwnProfileButNotPers() {
        ResponseEntity<List<Map<String, Object>>> own = profile("kari", "kari");

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).extracting(h -> h.get("catalogueCode")).containsExactlyInAnyOrder("FB-HFA", "FORSTEHJ");
        Map<String, Object> craft = own.getBody().stream()
                .filter(h -> "FB-HFA".equals(h.get("catalogueCode"))).findFirst().orElseThrow();
        assertThat(craft).containsEntry("entryType", "CRAFT_CERTIFICATE").containsEntry("competenceClass", "FORMAL")
                .containsEntry("source", "SELF_REGISTERED").containsEntry("confirmedBy", "lars")
                .containsEntry("completedDate", "2008-06-20");
        assertThat(craft.get("confirmedAt")).isNotNull();
        assertThat(own.getBody()).anySatisfy(h -> assertThat(h).containsEntry("catalogueCode", "FORSTEHJ")
                .containsEntry("validUntil", "2026-03-12"));

        assertThat(status("kari", "per")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theClosestLeaderReadsHisPeopleOnly() {
        assertThat(status("lars", "kari")).isEqualTo(HttpStatus.OK);
        assertThat(status("lars", "anne")).isEqualTo(HttpStatus.OK);
        assertThat(status("lars", "eva")).as("eva is at Sentrum skole").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("lars", "siri")).as("siri is lars's leader").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("siri", "kari")).as("siri leads lars, not kari").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("siri", "lars")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unionRepresentativeAndRadmannMayNotReadProfiles() {
        assertThat(status("tone", "kari")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("rita", "kari")).as("the rådmann tops every chain but is nobody's closest leader here")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void hrReadsAnyProfile() {
        assertThat(status("hege", "kari")).isEqualTo(HttpStatus.OK);
        assertThat(status("hege", "eva")).isEqualTo(HttpStatus.OK);
        assertThat(profile("hege", "anne").getBody()).isEmpty();
        assertThat(status("hege", "finnes.ikke")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("kari", "finnes.ikke")).as("others do not learn who exists").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void profilesNeedLogIn() {
        assertThat(http.getForEntity("/api/competence/profiles/kari", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private HttpStatus status(String viewer, String employee) {
        return HttpStatus.valueOf(http.withBasicAuth(viewer, "demo")
                .getForEntity("/api/competence/profiles/" + employee, String.class).getStatusCode().value());
    }

    private ResponseEntity<List<Map<String, Object>>> profile(String viewer, String employee) {
        return http.withBasicAuth(viewer, "demo").exchange("/api/competence/profiles/" + employee, HttpMethod.GET,
                null, new ParameterizedTypeReference<>() {
                });
    }
}
