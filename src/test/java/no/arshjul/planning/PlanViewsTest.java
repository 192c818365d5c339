package no.arshjul.planning;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan beside the consultation and the approval, and on HR's dashboard. Kari and Nina hold
 * the health worker certificate at Fjordvik sykehjem: a group of two, which only HR may see.
 */
@ArshjulTest
class PlanViewsTest {

    static final int PLAN_YEAR = 2077;

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

    TaskDriver people;
    String instance;

    @BeforeEach
    void planReadyForConsultation() {
        people = new TaskDriver(taskService, identityService, organisation);
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(PLAN_YEAR)).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test set-up"));
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(PLAN_YEAR - 1).planVariables());
        variables.put("planYear", PLAN_YEAR);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        instance = runtimeService.startProcessInstanceByKey("skup", String.valueOf(PLAN_YEAR), variables).getId();
        people.complete("siri", task("submit-sector-input"), ValidSubmission.of("skup-sector-input"));
        Map<String, Object> draft = ValidSubmission.of("skup-draft", "periodFrom", PLAN_YEAR, "periodTo", PLAN_YEAR + 3,
                "foreword", "Kompetanse for framtidens tjenester.",
                "competenceGoals", List.of(ValidSubmission.listItem("skup-draft", "competenceGoals",
                        "competenceCode", "FB-HFA", "sectorCode", "HO-SYKEHJEM", "targetCount", 10, "targetYear", 2080)),
                "measures", List.of(ValidSubmission.listItem("skup-draft", "measures",
                        "title", "Fagbrev for assistenter", "targetGroup", "Assistenter i helse", "costNok", 250000)));
        people.complete("hege", task("draft-skup"), draft);
        people.complete("siri", task("forum-review"), ValidSubmission.of("skup-forum-review"));
        people.complete("rita", task("radmann-direction"), ValidSubmission.of("skup-direction"));
        people.complete("hege", task("finalise-skup"), draft);
    }

    @Test
    void theUnionRepresentativeSeesThePlanAndOnlySuppressedFigures() {
        String page = http.withBasicAuth("tone", "demo").getForObject("/oppgaver/" + task("record-consultation").getId(),
                String.class);

        assertThat(page).contains("SKUP " + PLAN_YEAR).contains("Kompetanse for framtidens tjenester.")
                .contains("Fagbrev for assistenter").contains("250 000")
                .contains("Tall bygd på 1–4 personer vises ikke");
        assertThat(page).containsPattern("Fjordvik sykehjem</td>\\s*<td class=\"num\">–</td>");
    }

    @Test
    void theRadmannSeesTheConsultationStatementWhenSheDecides() {
        people.complete("tone", task("record-consultation"), ValidSubmission.of("skup-consultation",
                "consultationOutcome", "AGREEMENT_WITH_REMARKS", "statement", "Vi ber om vikarmidler til fagbrevløpet."));

        String page = http.withBasicAuth("rita", "demo").getForObject("/oppgaver/" + task("approve-skup").getId(),
                String.class);

        assertThat(page).contains("Enighet med merknader").contains("Vi ber om vikarmidler til fagbrevløpet.");
    }

    @Test
    void hrSeesThePlansStatusAndEveryFigureOnTheDashboard() {
        String page = http.withBasicAuth("hege", "demo").getForObject("/hr?year=" + (PLAN_YEAR - 1), String.class);

        assertThat(page).contains("SKUP " + PLAN_YEAR).contains("Endelig utkast").contains("Kompetansegap")
                .doesNotContain("Tall bygd på 1–4 personer vises ikke");
        assertThat(page).containsPattern("Fjordvik sykehjem</td>\\s*<td class=\"num\">\\d+</td>");
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }
}
