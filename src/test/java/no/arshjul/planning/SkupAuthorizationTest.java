package no.arshjul.planning;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the union representatives record the consultation; only the rådmann adopts the plan. */
@ArshjulTest
class SkupAuthorizationTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;

    static int nextPlanYear = 2081;

    TaskDriver people;
    String instance;

    @BeforeEach
    void planUpToTheConsultation() {
        people = new TaskDriver(taskService, identityService, organisation);
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(2080).planVariables());
        int planYear = nextPlanYear++;
        variables.put("planYear", planYear);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        instance = runtimeService.startProcessInstanceByKey("skup", String.valueOf(planYear), variables).getId();
        people.complete("siri", task("submit-sector-input"), ValidSubmission.of("skup-sector-input"));
        people.complete("hege", task("draft-skup"), ValidSubmission.of("skup-draft", "periodFrom", planYear, "periodTo", planYear + 3));
        people.complete("siri", task("forum-review"), ValidSubmission.of("skup-forum-review"));
        people.complete("rita", task("radmann-direction"), ValidSubmission.of("skup-direction"));
        people.complete("hege", task("finalise-skup"), ValidSubmission.of("skup-draft", "periodFrom", planYear, "periodTo", planYear + 3));
    }

    @Test
    void onlyUnionRepresentativesRecordTheConsultation() {
        var consultation = task("record-consultation");
        for (String user : List.of("hege", "rita", "kari", "lars")) {
            assertThatThrownBy(() -> people.complete(user, consultation, ValidSubmission.of("skup-consultation")))
                    .as(user).isInstanceOf(AuthorizationException.class);
        }
        people.complete("marit", consultation, ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));
        assertThat(task("approve-skup")).isNotNull();
    }

    @Test
    void onlyTheRadmannAdoptsThePlan() {
        people.complete("tone", task("record-consultation"),
                ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));
        var approval = task("approve-skup");
        for (String user : List.of("hege", "tone", "siri", "kari")) {
            assertThatThrownBy(() -> people.complete(user, approval,
                    ValidSubmission.of("skup-approval", "approvalDecision", "ADOPTED")))
                    .as(user).isInstanceOf(AuthorizationException.class);
        }
        people.complete("rita", approval, ValidSubmission.of("skup-approval", "approvalDecision", "ADOPTED"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("make-unit-plan").count())
                .isEqualTo(9);
    }

    @Test
    void disagreementNeedsAProtocolRemarkAndReturningNeedsComments() {
        var consultation = task("record-consultation");
        assertThatThrownBy(() -> people.complete("tone", consultation,
                ValidSubmission.of("skup-consultation", "consultationOutcome", "DISAGREEMENT")))
                .hasMessageContaining("Protokolltilførsel");
        people.complete("tone", consultation, ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));
        assertThatThrownBy(() -> people.complete("rita", task("approve-skup"),
                ValidSubmission.of("skup-approval", "approvalDecision", "RETURNED")))
                .hasMessageContaining("Merknader");
    }

    private org.camunda.bpm.engine.task.Task task(String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }
}
