package no.arshjul.competence;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The competence catalogue over HTTP: seeded by the V2 migration, read by all, kept by HR. */
@ArshjulTest
class CompetenceCatalogueApiTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    CompetenceItemRepository items;

    @Test
    void catalogueIsSeededWithTheEntriesFromTheSeeds() {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth("kari", "demo")
                .exchange("/api/competence/catalogue", HttpMethod.GET, null, LIST);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> catalogue = response.getBody();
        assertThat(catalogue).extracting(i -> i.get("code")).contains("FB-HFA", "FB-BUA", "AUT-SPL", "VU-KHT", "FS-KHT",
                "FST-1", "FST-2", "FST-3", "FST-4", "OL-30", "LED-NY", "VANSK-SAMT", "HMS-40", "FORSTEHJ", "SENIOR",
                "INSTR-LL", "UU", "INFOSIK", "MEDBEST", "DATAKORT", "IA-OPPF", "OKSTYR", "ETIKK-REF", "PBL", "PROSJ",
                "ENDR-KOORD", "REAL-FAGLIG", "REAL-ADMINISTRATIV", "REAL-SOSIAL", "REAL-PERSONLIG");
        assertThat(entry(catalogue, "FB-HFA")).containsEntry("name", "Fagbrev helsefagarbeider")
                .containsEntry("kind", "FORMAL").containsEntry("itemType", "CRAFT_CERTIFICATE");
        assertThat(entry(catalogue, "AUT-SPL")).containsEntry("kind", "FORMAL").containsEntry("itemType", "AUTHORISATION");
        assertThat(entry(catalogue, "FST-3")).containsEntry("kind", "FORMAL").containsEntry("itemType", "INTERNAL_PROGRAMME");
        assertThat(entry(catalogue, "REAL-SOSIAL")).containsEntry("kind", "REAL").containsEntry("itemType", "CATEGORY");
        assertThat(entry(catalogue, "FORSTEHJ")).containsEntry("name", "Førstehjelpskurs, ½ dag");
        assertThat(items.findByCode("MEDBEST")).hasValueSatisfying(i -> assertThat(i.isActive()).isTrue());
    }

    @Test
    void catalogueNeedsLogIn() {
        assertThat(http.getForEntity("/api/competence/catalogue", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void hrCreatesUpdatesAndDeactivatesAnEntry() {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");

        ResponseEntity<Map> created = hege.postForEntity("/api/competence/catalogue",
                body("API-KURS-1", "Kurs i dokumentasjon", "REAL", "COURSE", null), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("code", "API-KURS-1").containsEntry("active", true);
        assertThat(codes(http.withBasicAuth("kari", "demo"), false)).contains("API-KURS-1");

        Map<String, Object> changes = body("API-KURS-1", "Kurs i dokumentasjon og journalføring", "FORMAL", "CERTIFICATE", 36);
        changes.put("description", "Gir kursbevis.");
        ResponseEntity<Map> updated = hege.exchange("/api/competence/catalogue/API-KURS-1", HttpMethod.PUT,
                new HttpEntity<>(changes), Map.class);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        CompetenceItem stored = items.findByCode("API-KURS-1").orElseThrow();
        assertThat(stored.getName()).isEqualTo("Kurs i dokumentasjon og journalføring");
        assertThat(stored.getKind()).isEqualTo(CompetenceClass.FORMAL);
        assertThat(stored.getItemType()).isEqualTo("CERTIFICATE");
        assertThat(stored.getValidityMonths()).isEqualTo(36);
        assertThat(stored.getDescription()).isEqualTo("Gir kursbevis.");

        ResponseEntity<Map> deactivated = hege.exchange("/api/competence/catalogue/API-KURS-1", HttpMethod.DELETE,
                null, Map.class);
        assertThat(deactivated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deactivated.getBody()).containsEntry("active", false);
        assertThat(items.findByCode("API-KURS-1")).hasValueSatisfying(i -> assertThat(i.isActive()).isFalse());
        assertThat(codes(http.withBasicAuth("kari", "demo"), false)).doesNotContain("API-KURS-1");
        assertThat(codes(hege, true)).contains("API-KURS-1");
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/competence/catalogue?includeInactive=true",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    static Stream<Arguments> badInput() {
        Map<String, Object> missingCode = body("API-UGYLDIG-1", "Navn", "REAL", "COURSE", null);
        missingCode.remove("code");
        Map<String, Object> missingKind = body("API-UGYLDIG-2", "Navn", "REAL", "COURSE", null);
        missingKind.remove("kind");
        return Stream.of(
                Arguments.of("missing code", missingCode, "code", null),
                Arguments.of("lower case and space in code", body("api ugyldig", "Navn", "REAL", "COURSE", null), "code", "api ugyldig"),
                Arguments.of("code starting with a hyphen", body("-API-UGYLDIG", "Navn", "REAL", "COURSE", null), "code", "-API-UGYLDIG"),
                Arguments.of("code longer than 40", body("A".repeat(41), "Navn", "REAL", "COURSE", null), "code", "A".repeat(41)),
                Arguments.of("duplicate code", body("FB-HFA", "Et annet fagbrev", "FORMAL", "CRAFT_CERTIFICATE", null), "code", null),
                Arguments.of("missing name", body("API-UGYLDIG-3", " ", "REAL", "COURSE", null), "name", "API-UGYLDIG-3"),
                Arguments.of("name longer than 200", body("API-UGYLDIG-4", "n".repeat(201), "REAL", "COURSE", null), "name", "API-UGYLDIG-4"),
                Arguments.of("missing kind", missingKind, "kind", "API-UGYLDIG-2"),
                Arguments.of("unknown kind", body("API-UGYLDIG-5", "Navn", "UFORMELL", "COURSE", null), "kind", "API-UGYLDIG-5"),
                Arguments.of("validity of 0 months", body("API-UGYLDIG-6", "Navn", "REAL", "COURSE", 0), "validityMonths", "API-UGYLDIG-6"),
                Arguments.of("validity over 600 months", body("API-UGYLDIG-7", "Navn", "REAL", "COURSE", 601), "validityMonths", "API-UGYLDIG-7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @SuppressWarnings("unchecked")
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved(String why, Map<String, Object> body, String field,
                                                          String codeThatMustNotExist) {
        long before = items.count();
        String nameOfFbHfa = items.findByCode("FB-HFA").orElseThrow().getName();

        ResponseEntity<Map> response = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/competence/catalogue", body, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("status", 400);
        assertThat((String) response.getBody().get("message")).contains("Ingenting er lagret");
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.get("field")).isEqualTo(field));
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).contains("(" + field + ")"));
        assertThat(items.count()).isEqualTo(before);
        if (codeThatMustNotExist != null) {
            assertThat(items.existsByCode(codeThatMustNotExist)).isFalse();
        }
        assertThat(items.findByCode("FB-HFA").orElseThrow().getName()).isEqualTo(nameOfFbHfa);
    }

    @Test
    @SuppressWarnings("unchecked")
    void badChangesAreRefusedAndTheEntryStaysAsItWas() {
        TestRestTemplate hege = http.withBasicAuth("hege", "demo");
        assertThat(hege.postForEntity("/api/competence/catalogue",
                body("API-KURS-2", "Kurs", "REAL", "COURSE", null), Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> tooLong = hege.exchange("/api/competence/catalogue/API-KURS-2", HttpMethod.PUT,
                new HttpEntity<>(body("API-KURS-2", "n".repeat(201), "REAL", "COURSE", 700)), Map.class);
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) tooLong.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("name", "validityMonths");

        ResponseEntity<Map> renamed = hege.exchange("/api/competence/catalogue/API-KURS-2", HttpMethod.PUT,
                new HttpEntity<>(body("API-KURS-3", "Kurs", "REAL", "COURSE", null)), Map.class);
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) renamed.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("code");

        CompetenceItem unchanged = items.findByCode("API-KURS-2").orElseThrow();
        assertThat(unchanged.getName()).isEqualTo("Kurs");
        assertThat(unchanged.getValidityMonths()).isNull();
        assertThat(items.existsByCode("API-KURS-3")).isFalse();

        ResponseEntity<Map> unknown = hege.exchange("/api/competence/catalogue/FINNES-IKKE", HttpMethod.PUT,
                new HttpEntity<>(body("FINNES-IKKE", "Kurs", "REAL", "COURSE", null)), Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hege.exchange("/api/competence/catalogue/FINNES-IKKE", HttpMethod.DELETE, null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyHrKeepsTheCatalogue() {
        TestRestTemplate kari = http.withBasicAuth("kari", "demo");

        assertThat(kari.postForEntity("/api/competence/catalogue",
                body("API-KARI-1", "Kurs", "REAL", "COURSE", null), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(kari.exchange("/api/competence/catalogue/FB-HFA", HttpMethod.PUT,
                new HttpEntity<>(body("FB-HFA", "Endret av kari", "FORMAL", "CRAFT_CERTIFICATE", null)), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(kari.exchange("/api/competence/catalogue/FB-HFA", HttpMethod.DELETE, null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("lars", "demo").postForEntity("/api/competence/catalogue",
                body("API-LARS-1", "Kurs", "REAL", "COURSE", null), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/competence/catalogue",
                body("API-ANONYM-1", "Kurs", "REAL", "COURSE", null), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(items.existsByCode("API-KARI-1")).isFalse();
        assertThat(items.existsByCode("API-LARS-1")).isFalse();
        assertThat(items.existsByCode("API-ANONYM-1")).isFalse();
        CompetenceItem fbHfa = items.findByCode("FB-HFA").orElseThrow();
        assertThat(fbHfa.getName()).isEqualTo("Fagbrev helsefagarbeider");
        assertThat(fbHfa.isActive()).isTrue();
    }

    static Map<String, Object> body(String code, String name, String kind, String itemType, Integer validityMonths) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("itemType", itemType);
        if (validityMonths != null) {
            body.put("validityMonths", validityMonths);
        }
        return body;
    }

    private List<Object> codes(TestRestTemplate client, boolean includeInactive) {
        ResponseEntity<List<Map<String, Object>>> response = client.exchange(
                "/api/competence/catalogue?includeInactive=" + includeInactive, HttpMethod.GET, null, LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream().map(i -> i.get("code")).toList();
    }

    private static Map<String, Object> entry(List<Map<String, Object>> catalogue, String code) {
        return catalogue.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    }
}
