package no.arshjul.cycle;

import no.arshjul.appraisal.AppraisalTalkRepository;
import no.arshjul.competence.CompetenceMappingRepository;
import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.planning.SectorEvaluationRepository;
import no.arshjul.planning.SkupPlan;
import no.arshjul.planning.SkupPlanRepository;
import no.arshjul.planning.SkupStatus;
import no.arshjul.planning.UnitTrainingPlanRepository;
import no.arshjul.support.PostgresTest;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.HistoryService;
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

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.fireDueJobsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole year in the demo municipality on PostgreSQL, moving the engine's clock: HR launches the
 * year, people map competence and prepare talks, last year's plan is evaluated, the sectors give
 * input, HR drafts the SKUP, Kompetanseforum and the rådmann see it, the union representatives
 * first disagree and then agree, the rådmann returns it once and then adopts it, it is published
 * and every unit makes its training plan; the next year's cycle evaluates the adopted plan.
 */
class AnnualYearOnPostgresTest extends PostgresTest {

    static final String[] PLAN_PROCESSES = {"launch-batch", "annual-cycle", "skup", "plan-evaluation"};

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    AppraisalTalkRepository talks;
    @Autowired
    CompetenceMappingRepository mappings;
    @Autowired
    SkupPlanRepository plans;
    @Autowired
    UnitTrainingPlanRepository unitPlans;
    @Autowired
    SectorEvaluationRepository sectorEvaluations;

    TaskDriver people;

    @BeforeEach
    void setUp() {
        people = new TaskDriver(taskService, identityService, organisation);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWholeYear() {
        clockAt(LocalDateTime.of(2027, 1, 5, 9, 0));
        launchYear(2027);

        Map<String, Object> progress = http.withBasicAuth("hege", "demo").getForObject("/api/cycles/2027", Map.class);
        long active = employees.countByActiveTrue();
        assertThat(((Number) progress.get("employees")).longValue()).isEqualTo(active);
        assertThat(((Number) progress.get("launched")).longValue()).as(progress.toString()).isEqualTo(active - 1);
        assertThat((List<Map<String, Object>>) progress.get("failed")).singleElement()
                .satisfies(f -> assertThat(f.get("userId")).isEqualTo("rita"))
                .satisfies(f -> assertThat((String) f.get("reason")).contains("ingen leder"));
        // History, not runtime: another test in this context already finished kari's 2027 talk.
        for (String key : List.of("appraisal-talk", "competence-mapping")) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key)
                    .processInstanceBusinessKeyLike("2027:%").count()).as(key).isEqualTo(active - 1);
        }

        // Some people get on with the year's personal work.
        Task karisMapping = taskService.createTaskQuery().processInstanceBusinessKey("2027:10004")
                .taskDefinitionKey("register-competence").singleResult();
        people.complete("kari", karisMapping, ValidSubmission.of("competence-registration"));
        people.complete("lars", taskService.createTaskQuery().processInstanceBusinessKey("2027:10004")
                .taskDefinitionKey("confirm-competence").singleResult(), ValidSubmission.of("competence-confirmation",
                "confirmationDecision", "CONFIRMED"));
        people.complete("per", taskService.createTaskQuery().processInstanceBusinessKey("2027:10005")
                .taskDefinitionKey("prepare-employee").singleResult(), ValidSubmission.of("appraisal-prep-employee"));

        // January–March: last year's plan is evaluated and delivered to the rådmann.
        evaluateLastYearsPlan(2026);

        // April: the SKUP work for next year starts on the calendar's date.
        clockAt(LocalDateTime.of(2027, 4, 1, 9, 0));
        fireDueJobsOf(managementService, PLAN_PROCESSES);
        List<Task> inputs = people.tasks("skup", "submit-sector-input");
        assertThat(inputs).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("siri", "arild", "sigrid", "paasen", "rita");
        inputs.forEach(t -> people.complete(t.getAssignee(), t, ValidSubmission.of("skup-sector-input")));

        people.complete("hege", people.task("skup", "draft-skup"), draft());
        assertThat(plan().getStatus()).isEqualTo(SkupStatus.DRAFTING);
        assertThat(plan().getGapAnalysis()).as("the gap analysis is kept with the draft").isNotBlank();
        people.complete("siri", people.task("skup", "forum-review"), ValidSubmission.of("skup-forum-review"));
        people.complete("rita", people.task("skup", "radmann-direction"), ValidSubmission.of("skup-direction"));
        people.complete("hege", people.task("skup", "finalise-skup"), draft());

        people.complete("tone", people.task("skup", "record-consultation"), ValidSubmission.of("skup-consultation",
                "consultationOutcome", "DISAGREEMENT", "protocolRemark", "Fagforbundet krever flere fagbrevplasser."));
        assertThat(plan().getConsultationOutcome()).isEqualTo("DISAGREEMENT");
        people.complete("hege", people.task("skup", "finalise-skup"), draft());
        people.complete("tone", people.task("skup", "record-consultation"), ValidSubmission.of("skup-consultation",
                "consultationOutcome", "AGREEMENT"));

        people.complete("rita", people.task("skup", "approve-skup"), ValidSubmission.of("skup-approval",
                "approvalDecision", "RETURNED", "comments", "Tydeligere budsjett for lederutvikling."));
        people.complete("hege", people.task("skup", "finalise-skup"), draft());
        people.complete("tone", people.task("skup", "record-consultation"), ValidSubmission.of("skup-consultation",
                "consultationOutcome", "AGREEMENT_WITH_REMARKS", "statement", "Enige, med merknad om vikarbudsjett."));
        people.complete("rita", people.task("skup", "approve-skup"), ValidSubmission.of("skup-approval",
                "approvalDecision", "ADOPTED", "decisionDate", "2027-12-15"));

        // adopted; published to the units on the calendar's publication date
        assertThat(plan().getStatus()).isNotEqualTo(SkupStatus.PUBLISHED);
        clockAt(LocalDateTime.of(2027, 12, 15, 9, 0));
        fireDueJobsOf(managementService, PLAN_PROCESSES);
        SkupPlan adopted = plan();
        assertThat(adopted.getStatus()).isEqualTo(SkupStatus.PUBLISHED);
        assertThat(adopted.getApprovedBy()).isEqualTo("rita");
        assertThat(adopted.getConsultationOutcome()).isEqualTo("AGREEMENT_WITH_REMARKS");

        // Published: every unit leader works the plan into the unit's training plan.
        List<Task> unitTasks = people.tasks("skup", "make-unit-plan");
        assertThat(unitTasks).hasSize(9).extracting(Task::getAssignee).contains("lars", "nils", "hege", "erik");
        Task first = unitTasks.get(0);
        people.complete(first.getAssignee(), first, ValidSubmission.of("unit-training-plan",
                "unitConsultationOutcome", "NOT_APPROVED"));
        for (Task t : people.tasks("skup", "make-unit-plan")) {
            people.complete(t.getAssignee(), t, ValidSubmission.of("unit-training-plan",
                    "unitConsultationOutcome", "APPROVED"));
        }
        assertThat(unitPlans.findByPlanYearOrderByUnitCode(2028)).hasSize(9)
                .allSatisfy(p -> assertThat(p.getStatus()).isEqualTo("APPROVED"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("annual-cycle")
                .processInstanceBusinessKey("2027").count()).as("the year has ended").isZero();

        ResponseEntity<String> page = http.withBasicAuth("kari", "demo").getForEntity("/skup/2028", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Vedtatt og publisert").contains("Rita Solheim")
                .contains("Enighet med merknader").contains("Fagbrev helsefagarbeider");
        ResponseEntity<byte[]> pdf = http.withBasicAuth("kari", "demo").getForEntity("/skup/2028.pdf", byte[].class);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

        // The next year's cycle evaluates the plan that was adopted.
        clockAt(LocalDateTime.of(2029, 1, 5, 9, 0));
        launchYear(2029);
        evaluateLastYearsPlan(2028);
        assertThat(sectorEvaluations.findByPlanYearOrderBySectorCode(2028)).hasSize(5);
    }

    private void launchYear(int year) {
        ResponseEntity<Map> started = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/cycles", Map.of("year", year), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Task calendar = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(year))
                .taskDefinitionKey("set-calendar").singleResult();
        people.complete("hege", calendar, YearCalendar.defaultsFor(year).formValues());
        // the launch waits for the mapping to open (15 January), the talks for 1 February
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        fireDueJobsOf(managementService, PLAN_PROCESSES);
    }

    private void evaluateLastYearsPlan(int planYear) {
        List<Task> evaluations = people.tasks("plan-evaluation", "evaluate-sector-plan");
        assertThat(evaluations).hasSize(5);
        evaluations.forEach(t -> people.complete(t.getAssignee(), t, ValidSubmission.of("sector-plan-evaluation")));
        people.complete("hege", people.task("plan-evaluation", "compile-evaluation"),
                ValidSubmission.of("plan-evaluation-summary"));
        people.complete("tone", people.task("plan-evaluation", "forum-evaluation"),
                ValidSubmission.of("plan-evaluation-forum"));
        people.complete("rita", people.task("plan-evaluation", "receive-evaluation"),
                ValidSubmission.of("plan-evaluation-receipt"));
        assertThat(sectorEvaluations.findByPlanYearOrderBySectorCode(planYear)).hasSize(5);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-evaluation")
                .processInstanceBusinessKey(String.valueOf(planYear)).count()).isZero();
    }

    private SkupPlan plan() {
        return plans.findByPlanYear(2028).orElseThrow();
    }

    static Map<String, Object> draft() {
        return ValidSubmission.of("skup-draft", "periodFrom", 2028, "periodTo", 2031,
                "overallGoals", "Gode tjenester til innbyggerne\nEn attraktiv arbeidsgiver",
                "competenceGoals", List.of(ValidSubmission.listItem("skup-draft", "competenceGoals",
                        "competenceCode", "FB-HFA", "sectorCode", "HO", "targetCount", 40, "targetYear", 2030)),
                "priorities", List.of(ValidSubmission.listItem("skup-draft", "priorities",
                        "heading", "Kvalitet og service", "goal", "Brukermedvirkning og høy etisk standard")),
                "measures", List.of(ValidSubmission.listItem("skup-draft", "measures",
                        "priority", 1, "title", "Fagbrev for assistenter", "costNok", 250000)));
    }
}
