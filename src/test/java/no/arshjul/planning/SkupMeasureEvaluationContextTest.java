package no.arshjul.planning;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ProcessTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Evaluer fjorårets plan": beside the evaluation's tasks, last year's measures with the status and
 * spend HR followed up. Plan year 3240, evaluated in 3241.
 */
@ArshjulTest
class SkupMeasureEvaluationContextTest {

    static final int PLAN_YEAR = 3240;

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    SkupPlanRepository plans;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void cleanUp() {
        ProcessTestSupport.deleteYear(runtimeService, PLAN_YEAR);
    }

    @Test
    void theSectorHeadEvaluatingLastYearsPlanSeesItsMeasuresWithStatusAndSpend() {
        List<Long> ids = new SkupMeasurePlans(plans, transactions).plan(PLAN_YEAR, true,
                "Fagbrev for assistenter", 250_000, "Lederutvikling for enhetsledere", 120_000, "Språkkurs i norsk", 40_000);
        update(ids.get(0), Map.of("status", "DONE", "spentNok", 245_000, "comment", "Tolv fikk fagbrev."));
        update(ids.get(1), Map.of("status", "CANCELLED", "spentNok", 0));

        Map<String, Object> variables = new HashMap<>();
        variables.put("planYear", PLAN_YEAR);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        variables.put("evaluationDeadlineAt", Date.from(LocalDate.of(PLAN_YEAR + 1, 3, 1)
                .atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant()));
        String instance = runtimeService.startProcessInstanceByKey("plan-evaluation", String.valueOf(PLAN_YEAR), variables)
                .getId();
        Task evaluation = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("evaluate-sector-plan").singleResult();
        assertThat(evaluation.getAssignee()).isEqualTo("siri");

        String page = http.withBasicAuth("siri", "demo").getForObject("/oppgaver/" + evaluation.getId(), String.class);

        assertThat(page).contains("Tiltakene i SKUP " + PLAN_YEAR)
                .containsPattern("Fagbrev for assistenter</span><span[^>]*> – Tolv fikk fagbrev.</span></td>\\s*<td>Gjennomført</td>\\s*"
                        + "<td class=\"num\">250 000</td>\\s*<td class=\"num\">245 000</td>")
                .containsPattern("Lederutvikling for enhetsledere</span>\\s*</td>\\s*<td>Avlyst</td>")
                .containsPattern("Språkkurs i norsk</span>\\s*</td>\\s*<td>Planlagt</td>");
        assertThat(page.replaceAll("<[^>]*>", " ")).doesNotContain("CANCELLED", "DONE", "PLANNED");
    }

    private void update(long measure, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("hege", "demo").exchange("/api/planning/" + PLAN_YEAR + "/measures/" + measure,
                HttpMethod.PATCH, new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
