package no.arshjul.planning;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is written in the plan's work is read by those who work on it after: the sectors' input
 * beside HR's draft and on the plan's page, the sectors' evaluations beside HR's, the forum's and
 * the rådmann's tasks; the plan in progress for those who read drafts, not for an employee; and
 * every plan task names its sector and plan year. Plan years 3150–3159.
 */
@ArshjulTest
class PlanVisibilityTest {

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

    @BeforeEach
    void driver() {
        people = new TaskDriver(taskService, identityService, organisation);
    }

    PlanWalk walk(int planYear, String... sectors) {
        return new PlanWalk(runtimeService, taskService, people, planYear, List.of(sectors));
    }

    ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    @Test
    void hrSeesTheSectorsInputBesideHerDraft() {
        PlanWalk plan = walk(3150, "HO").inputFromHealth();

        String page = get("hege", "/oppgaver/" + plan.task("draft-skup").getId()).getBody();

        assertThat(page).contains("Utarbeid utkast til SKUP 3150").contains("Innspill fra sektorene")
                .contains("Helse og omsorg – Siri Moen").contains(PlanWalk.HO_INPUT)
                .contains("Kritisk og vanskelig rekrutterbar kompetanse").contains("Sykepleiere, vernepleiere")
                .contains("Videreutdanning i geriatri").contains("120000");
    }

    @Test
    void everyPlanTaskNamesItsSectorAndPlanYear() {
        PlanWalk plan = walk(3151, "HO", "OU");

        assertThat(plan.tasks("submit-sector-input")).extracting(Task::getName).containsExactlyInAnyOrder(
                "Send innspill til SKUP 3151 fra Helse og omsorg", "Send innspill til SKUP 3151 fra Oppvekst og undervisning");
        // the same title in the head of sector's own list, and in the notice she was sent
        assertThat(get("siri", "/api/tasks").getBody()).contains("Send innspill til SKUP 3151 fra Helse og omsorg");
        assertThat(get("siri", "/").getBody()).contains("Send innspill til SKUP 3151 fra Helse og omsorg");

        plan.inputFromHealth();
        people.complete("arild", plan.sectorTask("arild"), ValidSubmission.of("skup-sector-input"));
        assertThat(plan.task("draft-skup").getName()).isEqualTo("Utarbeid utkast til SKUP 3151");
        people.complete("hege", plan.task("draft-skup"),
                ValidSubmission.of("skup-draft", "periodFrom", 2027, "periodTo", 2030));
        assertThat(plan.task("forum-review").getName()).isEqualTo("Kompetanseforum drøfter utkastet til SKUP 3151");
    }

    @Test
    void thePlanInProgressIsReadByThoseWhoReadDraftsAndNotByAnEmployee() {
        PlanWalk plan = walk(3152, "HO");

        for (String reader : List.of("tone", "rita", "siri", "hege")) {
            ResponseEntity<String> page = get(reader, "/skup/3152");
            assertThat(page.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            // where the work stands, and what each is asked by when, with the dates of the year's calendar
            assertThat(page.getBody()).as(reader).contains("Under arbeid, ikke noe utkast ennå")
                    .contains("Sektorene sender innspill (0 av 1 levert)")
                    .containsPattern("Kompetanseforum drøfter utkastet</td><td>Kompetanseforum</td>\\s*<td>15\\.09\\.3151</td>")
                    .containsPattern("Drøfting med de tillitsvalgte</td><td>Tillitsvalgte</td>\\s*<td>25\\.11\\.3151</td>")
                    .containsPattern("Rådmannen vedtar planen</td><td>Rådmannen</td>\\s*<td>15\\.12\\.3151</td>");
        }
        assertThat(get("kari", "/skup/3152").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("lars", "/skup/3152").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("hege", "/skup/3198").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        plan.inputFromHealth();
        assertThat(get("tone", "/skup/3152").getBody()).contains(PlanWalk.HO_INPUT)
                .contains("Innspill fra sektorene")
                .containsPattern("<tr data-step=\"draft-skup\" class=\"now\">\\s*<td>HR lager utkast</td>");
        assertThat(get("kari", "/skup/3152").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theMenusSkupLeadsThoseWhoReadDraftsToThePlanInProgress() {
        walk(3166, "HO");
        try {
            clockAt(LocalDateTime.of(3165, 6, 1, 9, 0));
            ResponseEntity<String> tone = get("tone", "/skup");
            String landed = tone.getStatusCode().is3xxRedirection() ? tone.getHeaders().getLocation().getPath()
                    : tone.getBody();
            assertThat(landed).contains("3166");
            assertThat(get("kari", "/skup").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theSectorsEvaluationsAreBesideHrsTheForumsAndTheRadmannsTasks() {
        walk(3153, "HO").inputFromHealth().toAdoption();
        String instance = startEvaluation(3153);
        Task sector = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("evaluate-sector-plan")
                .singleResult();
        assertThat(sector.getName()).isEqualTo("Evaluer SKUP 3153 for Helse og omsorg");
        people.complete("siri", sector, ValidSubmission.of("sector-plan-evaluation", "reactions", "4",
                "lessons", "Geriatrikurset må gå over to semestre."));

        for (String[] step : List.of(new String[]{"compile-evaluation", "hege", "plan-evaluation-summary"},
                new String[]{"forum-evaluation", "tone", "plan-evaluation-forum"},
                new String[]{"receive-evaluation", "rita", "plan-evaluation-receipt"})) {
            Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step[0]).singleResult();
            assertThat(task.getName()).as(step[0]).contains("SKUP 3153");
            String page = get(step[1], "/oppgaver/" + task.getId()).getBody();
            assertThat(page).as(step[0]).contains("Evalueringen av SKUP 3153").contains("Sektorenes evalueringer")
                    .contains("Helse og omsorg – Siri Moen").contains("Geriatrikurset må gå over to semestre.")
                    .doesNotContain("Det finnes ingen vedtatt SKUP");
            people.complete(step[1], task, ValidSubmission.of(step[2]));
        }
    }

    @Test
    void nobodyIsAskedToEvaluateAPlanThatDoesNotExistWithoutBeingToldSo() {
        String instance = startEvaluation(3159);

        Task sector = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("evaluate-sector-plan")
                .singleResult();
        assertThat(sector.getName()).isEqualTo("Evaluer planen for 3159 for Helse og omsorg (ingen SKUP 3159 i Årshjul)");
        assertThat(get("siri", "/oppgaver/" + sector.getId()).getBody())
                .contains("Det finnes ingen vedtatt SKUP for 3159 i Årshjul");
    }

    private String startEvaluation(int planYear) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planYear", planYear);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        variables.put("evaluationDeadlineAt", YearCalendar.defaultsFor(planYear + 1).planVariables().get("evaluationDeadlineAt"));
        return runtimeService.startProcessInstanceByKey("plan-evaluation", String.valueOf(planYear), variables).getId();
    }
}
