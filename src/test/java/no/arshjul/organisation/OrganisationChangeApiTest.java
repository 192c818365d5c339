package no.arshjul.organisation;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation changing while Årshjul runs, over HTTP: the units file and the roles, HR only;
 * a role taken away counts from the person's next request in the session they already have.
 */
@ArshjulTest
class OrganisationChangeApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    OrganisationService organisation;
    @Autowired
    OrganisationChangeLog changeLog;
    @LocalServerPort
    int port;

    @Test
    void nobodyButHrMayUseTheNewEndpointsOrThePage() throws Exception {
        byte[] units = UnitImportServiceTest.DEMO.getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("kari", "lars", "tone", "rita", "drift")) {
            TestRestTemplate client = http.withBasicAuth(user, "demo");
            assertThat(postUnits(client, units).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(client.getForEntity("/api/organisation/roles", String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(giveRole(client, "kari", "kompetanseforum", null).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(removeRole(client, "siri", "kompetanseforum").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            LoggedInSession session = LoggedInSession.logIn(port, user, "demo");
            assertThat(session.get("/organisasjon").statusCode()).as(user).isEqualTo(403);
            assertThat(session.submit("/", "/organisasjon/roller", "userId=kari&role=kompetanseforum").statusCode())
                    .as(user).isEqualTo(403);
            assertThat(session.submit("/", "/organisasjon/roller/fjern", "userId=siri&role=kompetanseforum").statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(postUnits(http, units).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/organisation/roles", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(organisation.rolesOf("kari")).doesNotContain(Role.KOMPETANSEFORUM);
        assertThat(organisation.rolesOf("siri")).contains(Role.KOMPETANSEFORUM);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadUnitsFileGives400WithItsLinesInTheCallersLanguage() {
        byte[] file = (UnitImportServiceTest.DEMO + "NY;Ny;ENHET;FINNES-IKKE\n").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Map> norwegian = postUnits(http.withBasicAuth("hege", "demo"), file);
        ResponseEntity<Map> english = http.withBasicAuth("hege", "demo").postForEntity("/api/organisation/units?lang=en",
                csv(file), Map.class);

        assertThat(norwegian.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) norwegian.getBody().get("message")).contains("Ingenting er lagret");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) norwegian.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("field") + ":" + e.get("code"))
                .containsExactly("20:overordnet:unknownParent");
        assertThat((String) errors.get(0).get("message")).contains("FINNES-IKKE").contains("finnes ikke i filen");
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) english.getBody().get("message")).contains("Nothing has been saved");
        assertThat(((List<Map<String, Object>>) english.getBody().get("errors")).get(0).get("message").toString())
                .contains("is not in the file");
        assertThat(organisation.unitExists("NY")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSameUnitsFileIsAcceptedAndChangesNothing() {
        ResponseEntity<Map> response = postUnits(http.withBasicAuth("hege", "demo"),
                UnitImportServiceTest.DEMO.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("unchanged")).isEqualTo(18);
        assertThat((List<String>) response.getBody().get("closed")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoleTakenAwayCountsFromTheNextRequestOfTheSameSession() throws Exception {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        assertThat(giveRole(hege, "per", "hr", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        LoggedInSession per = LoggedInSession.logIn(port, "per", "demo");
        try {
            assertThat(per.get("/api/organisation/roles").statusCode()).as("per is HR now").isEqualTo(200);
            assertThat(per.get("/organisasjon").statusCode()).isEqualTo(200);
            List<Map<String, Object>> holders = hege.getForEntity("/api/organisation/roles", List.class).getBody();
            assertThat(holders).extracting(h -> h.get("userId") + ":" + h.get("role")).contains("per:hr", "hege:hr");
        } finally {
            assertThat(removeRole(hege, "per", "hr").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }

        assertThat(per.get("/api/organisation/roles").statusCode()).as("the same session, next request").isEqualTo(403);
        assertThat(per.get("/organisasjon").statusCode()).isEqualTo(403);
        assertThat(per.get("/api/tasks").statusCode()).as("still logged in as an employee").isEqualTo(200);
        assertThat(changeLog.latest(2)).extracting(OrganisationChange::getActor, OrganisationChange::getChange,
                        OrganisationChange::getSubjectUserId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hege", "role-removed:hr", "per"),
                        org.assertj.core.groups.Tuple.tuple("hege", "role-added:hr", "per"));
    }

    @Test
    void aRoleGivenCountsFromTheNextRequestOfTheSameSession() throws Exception {
        LoggedInSession anne = LoggedInSession.logIn(port, "anne", "demo");
        assertThat(anne.get("/api/organisation/roles").statusCode()).isEqualTo(403);

        assertThat(giveRole(http.withBasicAuth("hege", "demo"), "anne", "hr", null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        try {
            assertThat(anne.get("/api/organisation/roles").statusCode()).isEqualTo(200);
        } finally {
            removeRole(http.withBasicAuth("hege", "demo"), "anne", "hr");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusedRoleChangesNameTheFieldAndChangeNothing() {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");

        ResponseEntity<Map> admin = giveRole(hege, "kari", "camunda-admin", null);
        assertThat(admin.getStatusCode()).as("camunda-admin is out of HR's reach").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(removeRole(hege, "drift", "camunda-admin").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(field(giveRole(hege, "drift", "hr", null))).as("operations never get hr").isEqualTo("role");
        assertThat(field(giveRole(hege, "tone", "tillitsvalgt", " "))).isEqualTo("union");
        assertThat(field(giveRole(hege, "finnes.ikke", "hr", null))).isEqualTo("userId");
        assertThat(field(giveRole(hege, "kari", "leader", null))).as("leadership follows from the tree").isEqualTo("role");
        ResponseEntity<Map> lastHr = removeRole(hege, "hege", "hr");
        assertThat(lastHr.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(removeRole(hege, "kari", "radmann").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(organisation.rolesOf("kari")).doesNotContain(Role.CAMUNDA_ADMIN);
        assertThat(organisation.rolesOf("drift")).contains(Role.CAMUNDA_ADMIN).doesNotContain(Role.HR);
        assertThat(organisation.rolesOf("hege")).contains(Role.HR);
    }

    @Test
    void aUnionRepresentativeGetsTheirUnion() {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        try {
            assertThat(giveRole(hege, "anne", "tillitsvalgt", "Delta").getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(organisation.rolesOf("anne")).contains(Role.TILLITSVALGT);
            assertThat(changeLog.latest(1).get(0).getDetail()).isEqualTo("Delta");
        } finally {
            removeRole(hege, "anne", "tillitsvalgt");
        }
        assertThat(organisation.rolesOf("anne")).doesNotContain(Role.TILLITSVALGT);
    }

    @Test
    void hrGivesAndTakesARoleOnThePage() throws Exception {
        LoggedInSession hege = LoggedInSession.logIn(port, "hege", "demo");
        assertThat(hege.get("/organisasjon").body()).contains("HO-SYKEHJEM-AVD2").contains("Sindre Aune")
                .contains("unit-added");

        HttpResponse<String> given = hege.submit("/organisasjon", "/organisasjon/roller",
                "userId=per&role=kompetanseforum&union=");
        assertThat(given.statusCode()).isEqualTo(302);
        String page = hege.get("/organisasjon").body();
        assertThat(page).contains("Kompetanseforum er gitt til").contains("Fjordvik sykehjem");
        assertThat(organisation.rolesOf("per")).contains(Role.KOMPETANSEFORUM);

        hege.submit("/organisasjon", "/organisasjon/roller/fjern", "userId=per&role=kompetanseforum");
        assertThat(organisation.rolesOf("per")).doesNotContain(Role.KOMPETANSEFORUM);
        hege.submit("/organisasjon", "/organisasjon/roller", "userId=per&role=camunda-admin");
        assertThat(hege.get("/organisasjon").body()).contains("bare av teknisk drift");
        assertThat(organisation.rolesOf("per")).doesNotContain(Role.CAMUNDA_ADMIN);
    }

    @Test
    void hrUploadsTheUnitsFileOnThePageAndSeesTheResultOrEveryBadLine() throws Exception {
        LoggedInSession hege = LoggedInSession.logIn(port, "hege", "demo");

        HttpResponse<String> refused = hege.upload("/organisasjon", "/organisasjon/enheter", "file", "enheter.csv",
                (UnitImportServiceTest.DEMO + "NY;Ny;ENHET;FINNES-IKKE\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = hege.upload("/organisasjon", "/organisasjon/enheter", "file", "enheter.csv",
                UnitImportServiceTest.DEMO.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Filen ble avvist: 1 feil. Ingenting er lagret.").contains("<td>20</td>")
                .contains("FINNES-IKKE");
        assertThat(organisation.unitExists("NY")).isFalse();
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("Enhetsfilen er lest inn: 18 enheter, 18 uendret.");
    }

    private static String field(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).get(0).get("field").toString();
    }

    private static HttpEntity<byte[]> csv(byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(file, headers);
    }

    private static ResponseEntity<Map> postUnits(TestRestTemplate client, byte[] file) {
        return client.postForEntity("/api/organisation/units", csv(file), Map.class);
    }

    private static ResponseEntity<Map> giveRole(TestRestTemplate client, String userId, String role, String union) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("userId", userId, "role", role));
        if (union != null) {
            body.put("union", union);
        }
        return client.postForEntity("/api/organisation/roles", body, Map.class);
    }

    private static ResponseEntity<Map> removeRole(TestRestTemplate client, String userId, String role) {
        return client.exchange("/api/organisation/roles/" + userId + "/" + role, HttpMethod.DELETE, null, Map.class);
    }
}
