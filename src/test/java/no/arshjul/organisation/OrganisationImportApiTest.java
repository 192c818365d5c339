package no.arshjul.organisation;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

import static no.arshjul.organisation.OrganisationImportServiceTest.csv;
import static no.arshjul.organisation.OrganisationImportServiceTest.row;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/organisation/import over HTTP: HR only, 400 with every bad line, nothing stored. */
@ArshjulTest
class OrganisationImportApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EmployeeRepository employees;

    @Test
    void onlyHrMayImport() {
        byte[] file = csv(row("91001", "api.ikke.hr", "HO-SYKEHJEM", ""));

        assertThat(upload(http, file).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(upload(http.withBasicAuth("kari", "demo"), file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(http.withBasicAuth("lars", "demo"), file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(http.withBasicAuth("tone", "demo"), file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(employees.findByEmployeeNumber("91001")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void badFileGives400ListingEveryLineAndStoresNothing() {
        byte[] file = csv(
                row("91010", "api.god", "HO-SYKEHJEM", ""),
                row("91011", "api.feil", "FINNES-IKKE", ""),
                "91012;api.dato;A;B;a@fjordvik.kommune.no;1990-02-30;Sykepleier;100;2020-01-01;HO-SYKEHJEM;ja;");

        ResponseEntity<Map> response = upload(http.withBasicAuth("hege", "demo"), file);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("Ingenting er lagret");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("field"))
                .containsExactly("3:enhet", "4:fodselsdato");
        assertThat(employees.findByEmployeeNumber("91010")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void controlCharactersInACellAreRefusedNamingTheLineAndNothingIsStored() {
        byte[] file = csv(
                row("91030", "api.kontroll.god", "HO-SYKEHJEM", ""),
                "91031;api.kontroll.nul;Nils\u0000;Nul;n@fjordvik.kommune.no;1990-02-03;Sykepleier;100;2020-01-01;HO-SYKEHJEM;ja;",
                "91032;api.kontroll.esc;Eva;Esc;e@fjordvik.kommune.no;1990-02-03;Sykepleier\u001b;100;2020-01-01;HO-SYKEHJEM;ja;");

        ResponseEntity<Map> response = upload(http.withBasicAuth("hege", "demo"), file);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("Ingenting er lagret");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("field"))
                .containsExactly("3:fornavn", "4:stilling");
        assertThat(errors).extracting(e -> (String) e.get("message"))
                .allSatisfy(message -> assertThat(message).contains("kontrolltegn"))
                .first().asString().contains("U+0000").contains("linje 3");
        for (String number : List.of("91030", "91031", "91032")) {
            assertThat(employees.findByEmployeeNumber(number)).as(number).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void goodFileIsImportedAndReported() {
        ResponseEntity<Map> response = upload(http.withBasicAuth("hege", "demo"),
                csv(row("91020", "api.nyansatt", "KT-PLAN", "")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) response.getBody().get("inserted")).containsExactly("91020");
        assertThat((List<?>) response.getBody().get("missingFromFile")).isNotEmpty();
        assertThat(employees.findByEmployeeNumber("91020")).isPresent();
        assertThat(employees.findByUserId("kari").orElseThrow().isActive()).isTrue();
    }

    /** A large municipality's payroll file is several MB: sent as the body, it gets an upload's limit, not a JSON body's. */
    @Test
    @SuppressWarnings("unchecked")
    void aFileBodyOverTheJsonLimitIsReadAndCheckedNotRefusedAs413() {
        String filler = "x".repeat(1_200_000);
        byte[] file = csv(row("91030", "api.stor", "HO-SYKEHJEM", ""), row("91031", "api.lang" + filler, "HO-SYKEHJEM", ""));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));

        ResponseEntity<Map> response = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/organisation/import", new HttpEntity<>(file, headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).isNotEmpty().extracting(e -> e.get("line")).containsOnly(3);
        assertThat(employees.findByEmployeeNumber("91030")).isEmpty();
    }

    @Test
    void aRequestWithoutTheFileIsRefusedClearly() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("annet", "x");

        ResponseEntity<Map> response = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/organisation/import", new HttpEntity<>(body, headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("file");
    }

    static ResponseEntity<Map> upload(TestRestTemplate client, byte[] csv) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "ansatte.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/organisation/import", new HttpEntity<>(body, headers), Map.class);
    }
}
