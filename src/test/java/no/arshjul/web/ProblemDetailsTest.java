package no.arshjul.web;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of Årshjul's API comes as RFC 9457 problem details (application/problem+json)
 * with a Norwegian title and detail, and keeps the fields clients already read: message and
 * errors[] naming the field, line, file or element. One case for each of the former handlers,
 * and the generic refusals: unreadable JSON, control characters, too large bodies.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ProblemDetailsTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;

    static int nextYear = 2150;
    Task task;

    @BeforeEach
    void annePreparesHerTalk() {
        int year = nextYear++;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRefusedFormNamesTheFieldInProblemDetails() {
        Map<String, Object> values = new LinkedHashMap<>(ValidSubmission.of("appraisal-prep-employee"));
        values.remove("pdWishes");

        ResponseEntity<Map> response = anne().postForEntity("/api/tasks/" + task.getId() + "/complete", values, Map.class);

        Map body = problem(response, HttpStatus.BAD_REQUEST, "validation");
        assertThat((List<Map<String, Object>>) body.get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("field", "pdWishes").containsKey("label"));
        assertThat(body.get("title")).isEqualTo("Forespørselen ble avvist");
    }

    @Test
    void aTaskThatIsGoneAndADraftOfOneAre404() {
        problem(anne().postForEntity("/api/tasks/no-such-task/complete", Map.of("a", 1), Map.class),
                HttpStatus.NOT_FOUND, "not-found");
        Map draft = problem(anne().exchange("/api/tasks/no-such-task/draft", HttpMethod.PUT,
                new HttpEntity<>(Map.of("a", 1)), Map.class), HttpStatus.NOT_FOUND, "not-found");
        assertThat((String) draft.get("detail")).contains("finnes ikke lenger");
        assertThat(draft.get("title")).isEqualTo("Finnes ikke");
    }

    @Test
    void aCatalogueEntryRefusedByBeanValidationNamesTheField() {
        Map body = problem(hege().postForEntity("/api/competence/catalogue",
                Map.of("code", "PD-1", "name", " ", "kind", "REAL", "itemType", "COURSE"), Map.class),
                HttpStatus.BAD_REQUEST, "validation");
        assertThat((List<Map<String, Object>>) body.get("errors")).extracting(e -> e.get("field")).containsExactly("name");
        assertThat((String) body.get("detail")).contains("Ingenting er lagret");
    }

    @Test
    void aCatalogueEntryIsRefusedInTheCallersLanguage() {
        Map<String, Object> nameless = Map.of("code", "PD-4", "name", " ", "kind", "REAL", "itemType", "COURSE");

        Map bokmal = problem(hege().postForEntity("/api/competence/catalogue", nameless, Map.class),
                HttpStatus.BAD_REQUEST, "validation");
        Map english = problem(hege().postForEntity("/api/competence/catalogue?lang=en", nameless, Map.class),
                HttpStatus.BAD_REQUEST, "validation");
        Map unknownLanguage = problem(http.exchange("/api/competence/catalogue", HttpMethod.POST,
                new HttpEntity<>(nameless, cookie("arshjul-lang=de")), Map.class), HttpStatus.BAD_REQUEST, "validation");

        assertThat(messages(bokmal)).containsExactly("Navn (name) må fylles ut.");
        assertThat(messages(english)).containsExactly("Name (name) must be filled in.");
        assertThat(english.get("title")).isEqualTo("The request was refused");
        assertThat(messages(unknownLanguage)).as("a language Årshjul has no texts for").containsExactly("Navn (name) må fylles ut.");
    }

    @Test
    void aCatalogueCodeInUseIsRefusedInTheCallersLanguage() {
        Map<String, Object> taken = Map.of("code", "FB-HFA", "name", "Et annet fagbrev", "kind", "FORMAL",
                "itemType", "CRAFT_CERTIFICATE");

        assertThat(messages(problem(hege().postForEntity("/api/competence/catalogue", taken, Map.class),
                HttpStatus.BAD_REQUEST, "validation"))).containsExactly(
                "Kode (code) FB-HFA finnes allerede i katalogen. Velg en annen kode, eller endre den som finnes.");
        assertThat(messages(problem(hege().postForEntity("/api/competence/catalogue?lang=en", taken, Map.class),
                HttpStatus.BAD_REQUEST, "validation"))).containsExactly(
                "Code (code) FB-HFA is already in the catalogue. Choose another code, or change the existing entry.");
    }

    @Test
    void anImportWithoutTheFileSaysWhichPartIsMissing() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("annet", "x");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        Map body = problem(hege().postForEntity("/api/organisation/import", new HttpEntity<>(parts, headers), Map.class),
                HttpStatus.BAD_REQUEST, "unreadable");
        assertThat((String) body.get("detail")).contains("«file»");
    }

    @Test
    void anInvalidModelListsFileElementAndLine() throws IOException {
        String talk = Files.readString(Path.of("processes/appraisal-talk.bpmn"))
                .replace("${disagreementRecorder}", "${disagreementLogger}");
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", new ByteArrayResource(talk.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "appraisal-talk.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        long deployments = repositoryService.createDeploymentQuery().count();

        Map body = problem(hege().postForEntity("/api/models/deploy", new HttpEntity<>(parts, headers), Map.class),
                HttpStatus.BAD_REQUEST, "invalid-model");

        assertThat((List<Map<String, Object>>) body.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("file")).isEqualTo("processes/appraisal-talk.bpmn");
            assertThat(e.get("elementId")).isEqualTo("record-disagreement");
            assertThat(e.get("line")).isNotNull();
        });
        assertThat(body).containsKey("warnings");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aCycleRequestRefusedByTheControllerKeepsItsFieldList() {
        Map body = problem(hege().postForEntity("/api/cycles", Map.of("year", 1999), Map.class),
                HttpStatus.BAD_REQUEST, "refused");
        assertThat((List<Map<String, Object>>) body.get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("field", "year"));
    }

    @Test
    void aCycleRequestIsRefusedInTheCallersLanguage() {
        Map bokmal = problem(hege().postForEntity("/api/cycles", Map.of("year", 1999), Map.class),
                HttpStatus.BAD_REQUEST, "refused");
        Map english = problem(hege().postForEntity("/api/cycles?lang=en", Map.of("year", 1999), Map.class),
                HttpStatus.BAD_REQUEST, "refused");

        assertThat(bokmal.get("detail")).isEqualTo("Forespørselen ble avvist. Ingenting er startet.");
        assertThat(messages(bokmal)).containsExactly("«year» må være et år fra 2020 til 9999.");
        assertThat(english.get("detail")).isEqualTo("The request was refused. Nothing has been started.");
        assertThat(messages(english)).containsExactly("«year» must be a year from 2020 to 9999.");
    }

    @Test
    void whoMayNotIsToldSoInNorwegian() {
        Map body = problem(anne().postForEntity("/api/cycles", Map.of("year", 2151), Map.class),
                HttpStatus.FORBIDDEN, "forbidden");
        assertThat(body.get("detail")).isEqualTo("Du har ikke tilgang til dette.");
        problem(http.withBasicAuth("lars", "demo").getForEntity("/api/hr/progress", Map.class),
                HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void theDashboardsUnknownSectorIsAProblemToo() {
        Map body = problem(hege().getForEntity("/api/hr/progress?sektor=FINNES-IKKE", Map.class),
                HttpStatus.NOT_FOUND, "not-found");
        assertThat(body.get("detail")).isEqualTo("Ukjent sektor: FINNES-IKKE");
    }

    @Test
    void malformedJsonIs400WithProblemJson() {
        Map body = problem(send(HttpMethod.POST, "/api/tasks/" + task.getId() + "/complete", "{\"pdWishes\": \"abc"),
                HttpStatus.BAD_REQUEST, "unreadable");
        assertThat((String) body.get("detail")).contains("gyldig JSON");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        Map body = problem(hege().postForEntity("/api/competence/catalogue",
                Map.of("code", "PD-2", "name", "Kurs", "kind", "REAL", "itemType", "COURSE", "validityMonths", "mange"),
                Map.class), HttpStatus.BAD_REQUEST, "validation");
        assertThat((List<Map<String, Object>>) body.get("errors")).extracting(e -> e.get("field"))
                .containsExactly("validityMonths");
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() {
        Map record = problem(send(HttpMethod.POST, "/api/competence/catalogue", hegeAuth(),
                        "{\"code\":\"PD-3\",\"name\":\"Kurs\\u0000\",\"kind\":\"REAL\",\"itemType\":\"COURSE\"}"),
                HttpStatus.BAD_REQUEST, "validation");
        assertThat((List<Map<String, Object>>) record.get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("field", "name"));
        assertThat(hege().getForObject("/api/competence/catalogue?includeInactive=true", List.class))
                .noneSatisfy(item -> assertThat(((Map) item).get("code")).isEqualTo("PD-3"));

        Map map = problem(send(HttpMethod.PUT, "/api/tasks/" + task.getId() + "/draft",
                "{\"pdWishes\":\"Kurs \\u001b[31m\"}"), HttpStatus.BAD_REQUEST, "validation");
        assertThat((List<Map<String, Object>>) map.get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("field", "pdWishes"));
        assertThat(anne().getForEntity("/api/tasks/" + task.getId() + "/draft", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void tabsAndLineBreaksAreStillText() {
        ResponseEntity<String> saved = send(HttpMethod.PUT, "/api/tasks/" + task.getId() + "/draft",
                "{\"pdWishes\":\"Linje 1\\r\\nLinje 2\\tmed tab\"}");
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDraftOverTheLimitIs413AndNotStored() {
        Map<String, Object> huge = Map.of("pdWishes", "x".repeat(1_500_000));

        ResponseEntity<Map> response = anne().exchange("/api/tasks/" + task.getId() + "/draft", HttpMethod.PUT,
                new HttpEntity<>(huge), Map.class);

        Map body = problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large");
        assertThat((String) body.get("detail")).contains("høyst 1 MB");
        assertThat(anne().getForEntity("/api/tasks/" + task.getId() + "/draft", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The problem+json members and the kept fields; returns the body for the case's own checks. */
    private static Map problem(ResponseEntity<?> response, HttpStatus status, String type) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s", response.getHeaders().getContentType()).isTrue();
        Map body = response.getBody() instanceof Map map ? map : read((String) response.getBody());
        assertThat(body.get("type")).isEqualTo("urn:arshjul:problem:" + type);
        assertThat((String) body.get("title")).isNotBlank();
        assertThat(body.get("status")).isEqualTo(status.value());
        assertThat((String) body.get("detail")).isNotBlank();
        assertThat(body.get("message")).isEqualTo(body.get("detail"));
        assertThat(body.get("errors")).isInstanceOf(List.class);
        assertThat((String) body.get("instance")).startsWith("/api/");
        return body;
    }

    private static List<Object> messages(Map problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> e.get("message")).toList();
    }

    private static HttpHeaders cookie(String cookie) {
        HttpHeaders headers = hegeAuth();
        headers.add(HttpHeaders.COOKIE, cookie);
        return headers;
    }

    private static Map read(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private ResponseEntity<String> send(HttpMethod method, String url, String json) {
        return send(method, url, anneAuth(), json);
    }

    private ResponseEntity<String> send(HttpMethod method, String url, HttpHeaders headers, String json) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(url, method, new HttpEntity<>(json, headers), String.class);
    }

    private static HttpHeaders anneAuth() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("anne", "demo");
        return headers;
    }

    private static HttpHeaders hegeAuth() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("hege", "demo");
        return headers;
    }

    private TestRestTemplate anne() {
        return http.withBasicAuth("anne", "demo");
    }

    private TestRestTemplate hege() {
        return http.withBasicAuth("hege", "demo");
    }
}
