package no.arshjul.privacy;

import no.arshjul.AccessLog;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationImportService;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.Engine;
import no.arshjul.support.PostgresTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log, innsyn and a leaver's deletion on PostgreSQL: the reads that record run in
 * read-write transactions (PostgreSQL refuses an insert in a read-only one), and the features'
 * SQL and the migrations run there as on H2. Lives in the 1940s, which no other test uses.
 */
class PrivacyOnPostgresTest extends PostgresTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccessLogService accessLog;
    @Autowired
    RetentionService retention;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    OrganisationImportService importService;
    @Autowired
    OrganisationService organisation;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void readsAreRecordedAndExportedAndALeaverIsDeleted() {
        clockAt(LocalDateTime.of(1944, 1, 10, 9, 0));
        importPerson("pg.leaver", true);
        String talk = appraisals.start("pg.leaver", YearCalendar.defaultsFor(1944).talkDeadlines()).getProcessInstanceId();
        String task = taskService.createTaskQuery().processInstanceId(talk).singleResult().getId();
        Engine.as(identityService, "pg.leaver", List.of("employee"),
                () -> taskService.complete(task, ValidSubmission.of("appraisal-prep-employee")));

        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/api/appraisals/1944/pg.leaver", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/api/competence/profiles/pg.leaver", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accessLog.readsOf("pg.leaver")).extracting(AccessLog.Entry::what)
                .containsExactlyInAnyOrder(AccessLog.What.APPRAISAL, AccessLog.What.COMPETENCE_PROFILE);

        ResponseEntity<String> export = http.withBasicAuth("hege", "demo")
                .getForEntity("/api/privacy/innsyn/pg.leaver.json", String.class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getBody()).contains("\"first_name\" : \"Pia\"", "\"talk_year\" : 1944",
                "\"actor_user_id\" : \"lars\"", "appraisal-prep-employee");
        assertThat(http.withBasicAuth("hege", "demo").getForEntity("/api/privacy/innsyn/pg.leaver.pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        clockAt(LocalDateTime.of(1944, 2, 1, 9, 0));
        importPerson("pg.leaver", false);
        clockAt(LocalDateTime.of(1945, 2, 2, 3, 0));
        assertThat(retention.run().leaversDeleted()).contains("pg.leaver");

        assertThat(organisation.findByUserId("pg.leaver")).isEmpty();
        assertThat(accessLog.readsOf("pg.leaver")).isEmpty();
        assertThat(organisation.findByUserId("kari")).isPresent();
    }

    private void importPerson(String userId, boolean active) {
        String file = "ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;stillingsprosent;startdato;"
                + "enhet;aktiv;leder_for\n"
                + "94401;" + userId + ";Pia;Postgres;" + userId + "@fjordvik.kommune.no;1980-05-05;Helsefagarbeider;100;"
                + "1940-01-01;HO-SYKEHJEM;" + (active ? "ja" : "nei") + ";\n";
        importService.importEmployees(file.getBytes(StandardCharsets.UTF_8), false);
    }
}
