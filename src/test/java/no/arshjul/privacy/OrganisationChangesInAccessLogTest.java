package no.arshjul.privacy;

import no.arshjul.AccessLog;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes of roles made by HR are in the access log: the officer finds them, the person sees them. */
@ArshjulTest
class OrganisationChangesInAccessLogTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccessLogService accessLog;

    @Test
    void aRoleGivenAndTakenIsRecordedWithWhoDidIt() {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        ResponseEntity<Map> given = hege.postForEntity("/api/organisation/roles",
                Map.of("userId", "anne", "role", "kompetanseforum"), Map.class);
        assertThat(given.getStatusCode().is2xxSuccessful()).as(String.valueOf(given.getBody())).isTrue();
        ResponseEntity<Map> taken = hege.exchange("/api/organisation/roles/anne/kompetanseforum",
                HttpMethod.DELETE, null, Map.class);
        assertThat(taken.getStatusCode().is2xxSuccessful()).as(String.valueOf(taken.getBody())).isTrue();

        // other tests in this application context may have had hege read anne's data
        List<AccessLog.Entry> aboutAnne = accessLog.search("anne", "hege", null, null).stream()
                .filter(entry -> entry.what() == AccessLog.What.ROLE_CHANGE).toList();
        assertThat(aboutAnne).extracting(AccessLog.Entry::detail)
                .anySatisfy(detail -> assertThat(detail).contains("role-added:kompetanseforum"))
                .anySatisfy(detail -> assertThat(detail).contains("role-removed:kompetanseforum"));
        assertThat(accessLog.readsOf("anne")).extracting(AccessLog.Entry::actorUserId).contains("hege");

        List<Map<String, Object>> officerSees = http.withBasicAuth("elias.sandvik", "demo")
                .getForObject("/api/privacy/access-log?subject=anne&actor=hege", List.class);
        assertThat(officerSees).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aRefusedRoleChangeLeavesNoEntry() {
        int before = accessLog.search("kari", "hege", null, null).size();
        ResponseEntity<Map> refused = http.withBasicAuth("hege", "demo").postForEntity("/api/organisation/roles",
                Map.of("userId", "kari", "role", "leader"), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(accessLog.search("kari", "hege", null, null)).hasSize(before);
    }
}
