package no.arshjul.cycle;

import no.arshjul.appraisal.AppraisalTalkRepository;
import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.OrganisationImportService;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.TaskDriver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static no.arshjul.support.ProcessTestSupport.fireDueJobsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Starting a year: who may, idempotence, HR's calendar rules, and newcomers during the year. */
@ArshjulTest
class CycleLaunchTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;
    @Autowired
    OrganisationImportService importService;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    AppraisalTalkRepository talks;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    TaskDriver people;

    @BeforeEach
    void setUp() {
        people = new TaskDriver(taskService, identityService, organisation);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        List.of(2091, 2092, 2093, 2094, 2095).forEach(year -> deleteYear(runtimeService, year));
    }

    @Test
    void onlyHrStartsAYear() {
        for (String user : List.of("kari", "lars", "rita", "tone")) {
            assertThat(http.withBasicAuth(user, "demo").postForEntity("/api/cycles", Map.of("year", 2091), String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/cycles/2091", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("2091").count()).isZero();
    }

    @Test
    void aBadRequestNamesTheField() {
        ResponseEntity<Map> response = http.withBasicAuth("hege", "demo").postForEntity("/api/cycles",
                Map.of("year", 1999), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("year");
    }

    @Test
    @SuppressWarnings("unchecked")
    void launchingTwiceCreatesNoDuplicates() {
        clockAt(LocalDateTime.of(2092, 1, 5, 9, 0));
        assertThat(start(2092).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(start(2092).getStatusCode()).as("one cycle per year").isEqualTo(HttpStatus.CONFLICT);
        setCalendar(2092, YearCalendar.defaultsFor(2092).formValues());
        // before the mapping opens, "start the rest" starts nobody
        Map<String, Object> waiting = http.withBasicAuth("hege", "demo")
                .postForObject("/api/cycles/2092/relaunch", null, Map.class);
        assertThat(((Number) waiting.get("launched")).longValue()).isZero();
        assertThat(waiting.get("status")).isEqualTo("WAITING");
        clockAt(LocalDateTime.of(2092, 1, 15, 9, 0));
        fireDueJobsOf(managementService, "annual-cycle");

        // HR presses "start the rest" while the batch jobs are still waiting, then the jobs run.
        http.withBasicAuth("hege", "demo").postForEntity("/api/cycles/2092/relaunch", null, Map.class);
        fireDueJobsOf(managementService, "launch-batch", "annual-cycle");
        Map<String, Object> progress = http.withBasicAuth("hege", "demo")
                .postForObject("/api/cycles/2092/relaunch", null, Map.class);

        long active = employees.countByActiveTrue();
        assertThat(((Number) progress.get("employees")).longValue()).isEqualTo(active);
        assertThat(((Number) progress.get("launched")).longValue()).isEqualTo(active - 1);
        assertThat((List<?>) progress.get("failed")).hasSize(1);
        for (String key : List.of("appraisal-talk", "competence-mapping")) {
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                    .processInstanceBusinessKeyLike("2092:%").count()).as(key).isEqualTo(active - 1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCalendarOutOfOrderIsRefusedAtTheField() {
        clockAt(LocalDateTime.of(2093, 1, 5, 9, 0));
        start(2093);
        Map<String, Object> calendar = YearCalendar.defaultsFor(2093).formValues();
        calendar.put("mappingDeadline", "2093-01-01");
        String taskId = calendarTask(2093).getId();

        ResponseEntity<Map> response = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/tasks/" + taskId + "/complete", calendar, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).singleElement()
                .satisfies(e -> assertThat(e.get("field")).isEqualTo("mappingDeadline"));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void someoneHiredDuringTheYearGetsTheirProcesses() {
        int year = 2094;
        // The engine's clock is the app's clock: "this year" for the newcomer is 2094.
        clockAt(LocalDateTime.of(year, 1, 5, 9, 0));
        start(year);
        setCalendar(year, YearCalendar.defaultsFor(year).formValues());
        // the mapping opened on 15 January, the talks on 1 February: both are open now
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        fireDueJobsOf(managementService, "launch-batch", "annual-cycle");

        String file = "ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;stillingsprosent;startdato;"
                + "enhet;aktiv;leder_for\n93001;ny.sykepleier;Sara;Ny;sara.ny@fjordvik.kommune.no;1995-05-05;Sykepleier;"
                + "100;" + year + "-03-01;HO-SYKEHJEM;ja;\n";
        http.withBasicAuth("hege", "demo").postForEntity("/api/organisation/import", multipart(file), Map.class);

        assertThat(taskService.createTaskQuery().taskAssignee("ny.sykepleier").list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder("register-competence", "prepare-employee");
    }

    @Test
    void aBatchOfNewcomersGetsOneMappingAndOneTalkEach() {
        int year = 2095;
        clockAt(LocalDateTime.of(year, 1, 5, 9, 0));
        start(year);
        setCalendar(year, YearCalendar.defaultsFor(year).formValues());
        // the mapping opened on 15 January, the talks on 1 February: both are open now
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        fireDueJobsOf(managementService, "launch-batch", "annual-cycle");
        // more than one launch batch (50): the import hands them over as one event, started batch by batch
        int hired = 120;
        StringBuilder file = new StringBuilder("ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;"
                + "stillingsprosent;startdato;enhet;aktiv;leder_for\n");
        List<String> newcomers = new java.util.ArrayList<>();
        for (int i = 1; i <= hired; i++) {
            newcomers.add("nyansatt" + i);
            file.append(95000 + i).append(";nyansatt").append(i).append(";Ny;Ansatt").append(i)
                    .append(";nyansatt").append(i).append("@fjordvik.kommune.no;1995-05-05;Sykepleier;100;")
                    .append(year).append("-03-01;HO-SYKEHJEM;ja;\n");
        }
        try {
            assertThat(http.withBasicAuth("hege", "demo").postForEntity("/api/organisation/import",
                    multipart(file.toString()), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

            for (String newcomer : newcomers) {
                assertThat(taskService.createTaskQuery().taskAssignee(newcomer).list()).as(newcomer)
                        .extracting(Task::getTaskDefinitionKey)
                        .containsExactlyInAnyOrder("register-competence", "prepare-employee");
            }
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("competence-mapping")
                    .list().stream().filter(p -> p.getBusinessKey().startsWith(year + ":95")).count())
                    .isEqualTo(hired);
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("appraisal-talk")
                    .list().stream().filter(p -> p.getBusinessKey().startsWith(year + ":95")).count())
                    .isEqualTo(hired);
        } finally {
            // the other tests share this demo municipality: the hired people must not turn up in their units
            jdbc.update("update employee set active = false where user_id like 'nyansatt%'");
        }
    }

    private ResponseEntity<String> start(int year) {
        return http.withBasicAuth("hege", "demo").postForEntity("/api/cycles", Map.of("year", year), String.class);
    }

    private Task calendarTask(int year) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(year))
                .taskDefinitionKey("set-calendar").singleResult();
    }

    private void setCalendar(int year, Map<String, Object> values) {
        people.complete("hege", calendarTask(year), values);
    }

    private static org.springframework.http.HttpEntity<?> multipart(String csv) {
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("file", new org.springframework.core.io.ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "ansatte.csv";
            }
        });
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        return new org.springframework.http.HttpEntity<>(body, headers);
    }
}
