package no.arshjul.planning;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's approved training plan is read by the unit's people, its leader, the head of its
 * sector and HR, and by nobody else. Fjordvik sykehjem's plan for 3160 is approved; Hjemmetjenesten's
 * was not approved in its consultation. Plan year 3160.
 */
@ArshjulTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitPlanAccessTest {

    static final String CONTENT = "Ni av tolv helsefagarbeidere har fagbrev; målet er alle innen 3162.";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;

    @BeforeAll
    void approvedPlans() {
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        PlanWalk plan = new PlanWalk(runtimeService, taskService, people, 3160, List.of("HO")).inputFromHealth().toAdoption();
        assertThat(plan.unitTask("HO-SYKEHJEM").getName()).isEqualTo("Innarbeid SKUP 3160 i opplæringsplanen for Fjordvik sykehjem");
        people.complete("lars", plan.unitTask("HO-SYKEHJEM"), ValidSubmission.of("unit-training-plan",
                "currentStatus", CONTENT, "unitConsultationOutcome", "APPROVED",
                "measures", List.of(ValidSubmission.listItem("unit-training-plan", "measures",
                        "title", "Fagbrev for assistenter", "targetGroup", "Assistenter"))));
        people.complete("randi", plan.unitTask("HO-HJEMME"), ValidSubmission.of("unit-training-plan",
                "currentStatus", "Ikke godkjent ennå", "unitConsultationOutcome", "NOT_APPROVED"));
    }

    ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    @Test
    void theUnitsPeopleItsLeaderItsSectorHeadAndHrReadIt() {
        // kari and per work in the unit, nina in its department, lars leads it, siri leads its sector, hege is HR
        for (String reader : List.of("kari", "per", "nina", "lars", "siri", "hege")) {
            ResponseEntity<String> page = get(reader, "/opplaeringsplan/HO-SYKEHJEM/3160");
            assertThat(page.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(reader).contains("Opplæringsplan for Fjordvik sykehjem 3160")
                    .contains("Nåsituasjon").contains(CONTENT).contains("Fagbrev for assistenter")
                    .contains("registrert av Lars Berg");
        }
        ResponseEntity<Map> json = http.withBasicAuth("kari", "demo")
                .getForEntity("/api/planning/unit-plans/HO-SYKEHJEM/3160", Map.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).containsEntry("unitName", "Fjordvik sykehjem").containsEntry("planYear", 3160);
    }

    @Test
    void everyoneElseIsRefused() {
        // tone and marit work in Hjemmetjenesten, randi leads it, arild heads another sector, rita is the rådmann
        for (String other : List.of("tone", "marit", "randi", "arild", "rita", "drift")) {
            assertThat(get(other, "/opplaeringsplan/HO-SYKEHJEM/3160").getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<Map> json = http.withBasicAuth(other, "demo")
                    .getForEntity("/api/planning/unit-plans/HO-SYKEHJEM/3160", Map.class);
            assertThat(json.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(json.getBody().toString()).as(other).doesNotContain(CONTENT);
        }
    }

    @Test
    void aPlanNotApprovedInTheUnitsConsultationIsNotShown() {
        assertThat(get("randi", "/api/planning/unit-plans/HO-HJEMME/3160").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("kari", "/api/planning/unit-plans/HO-SYKEHJEM/3161").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
