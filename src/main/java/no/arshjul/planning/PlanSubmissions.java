package no.arshjul.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.competence.CompetenceCatalogueService;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.forms.ContractField;
import no.arshjul.forms.FieldError;
import no.arshjul.forms.FieldValues;
import no.arshjul.forms.FormContract;
import no.arshjul.forms.FormTexts;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.FormValidationException;
import no.arshjul.forms.SubmittedForm;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps the plan's records in step with its forms, and holds the rules that span fields. */
@Component
class PlanSubmissions implements FormSubmissionHandler {

    private static final ContractField<String> CHALLENGES = ContractField.text("challenges");
    private static final ContractField<BigDecimal> BUDGET_NEED = ContractField.decimal("budgetNeedNok");
    private static final ContractField<String> FORUM_COMMENTS = ContractField.text("forumComments");
    private static final ContractField<String> DIRECTION = ContractField.text("direction");
    private static final ContractField<LocalDate> UNIT_CONSULTATION_DATE = ContractField.date("unitConsultationDate")
            .required();
    private static final ContractField<String> UNIT_CONSULTATION_OUTCOME = ContractField.text("unitConsultationOutcome");
    private static final ContractField<String> REACTIONS = ContractField.text("reactions");
    private static final ContractField<String> LEARNING = ContractField.text("learning");
    private static final ContractField<String> APPLICATION = ContractField.text("application");
    private static final ContractField<String> BENEFIT = ContractField.text("benefit");
    private static final ContractField<BigDecimal> EVALUATION_COST = ContractField.decimal("costNok");

    private static final ContractField<Integer> PERIOD_FROM = ContractField.integer("periodFrom").required();
    private static final ContractField<Integer> PERIOD_TO = ContractField.integer("periodTo").required();
    private static final ContractField<String> FOREWORD = ContractField.text("foreword");
    private static final ContractField<String> OVERALL_GOALS = ContractField.text("overallGoals");
    private static final ContractField<String> COMPETENCE_CONCEPT = ContractField.text("competenceConcept");
    private static final ContractField<String> EVALUATION_PLAN = ContractField.text("evaluationPlan");
    private static final ContractField<String> GOAL_COMPETENCE = ContractField.text("competenceCode");
    private static final ContractField<String> GOAL_SECTOR = ContractField.text("sectorCode");
    private static final ContractField<Integer> GOAL_TARGET_COUNT = ContractField.integer("targetCount").required();
    private static final ContractField<Integer> GOAL_TARGET_YEAR = ContractField.integer("targetYear").required();
    private static final ContractField<String> GOAL_INDICATOR = ContractField.text("indicator");
    private static final ContractField<List<FieldValues>> GOALS = ContractField.list("competenceGoals",
            GOAL_COMPETENCE, GOAL_SECTOR, GOAL_TARGET_COUNT, GOAL_TARGET_YEAR, GOAL_INDICATOR);
    private static final ContractField<String> PRIORITY_HEADING = ContractField.text("heading");
    private static final ContractField<String> PRIORITY_GOAL = ContractField.text("goal");
    private static final ContractField<List<FieldValues>> PRIORITIES = ContractField.list("priorities",
            PRIORITY_HEADING, PRIORITY_GOAL);
    private static final ContractField<Integer> MEASURE_PRIORITY = ContractField.integer("priority").required();
    private static final ContractField<String> MEASURE_TITLE = ContractField.text("title");
    private static final ContractField<String> MEASURE_TARGET_GROUP = ContractField.text("targetGroup");
    private static final ContractField<String> MEASURE_RESPONSIBLE = ContractField.text("responsible");
    private static final ContractField<BigDecimal> MEASURE_COST = ContractField.decimal("costNok");
    private static final ContractField<String> MEASURE_FUNDING = ContractField.text("fundingSource");
    private static final ContractField<String> MEASURE_PERIOD = ContractField.text("period");
    private static final ContractField<List<FieldValues>> MEASURES = ContractField.list("measures", MEASURE_PRIORITY,
            MEASURE_TITLE, MEASURE_TARGET_GROUP, MEASURE_RESPONSIBLE, MEASURE_COST, MEASURE_FUNDING, MEASURE_PERIOD);

    private static final ContractField<String> CONSULTATION_OUTCOME =
            ContractField.choice("consultationOutcome", "DISAGREEMENT").required();
    private static final ContractField<String> PROTOCOL_REMARK = ContractField.text("protocolRemark");
    private static final ContractField<LocalDate> MEETING_DATE = ContractField.date("meetingDate").required();
    private static final ContractField<String> MEETING_TYPE = ContractField.text("meetingType");
    private static final ContractField<String> UNIONS = ContractField.text("unions");
    private static final ContractField<String> STATEMENT = ContractField.text("statement");

    private static final ContractField<String> APPROVAL_DECISION =
            ContractField.choice("approvalDecision", "ADOPTED", "RETURNED").required();
    private static final ContractField<String> APPROVAL_COMMENTS = ContractField.text("comments");
    private static final ContractField<LocalDate> DECISION_DATE = ContractField.date("decisionDate").required();

    private final SkupService skup;
    private final CompetenceGoalRepository goals;
    private final SectorInputRepository sectorInputs;
    private final UnitTrainingPlanRepository unitPlans;
    private final SectorEvaluationRepository evaluations;
    private final CompetenceCatalogueService catalogue;
    private final OrganisationService organisation;
    private final FormTexts texts;
    private final Clock clock;
    private final ObjectMapper json;

    PlanSubmissions(SkupService skup, CompetenceGoalRepository goals, SectorInputRepository sectorInputs,
                    UnitTrainingPlanRepository unitPlans, SectorEvaluationRepository evaluations,
                    CompetenceCatalogueService catalogue, OrganisationService organisation, FormTexts texts, Clock clock,
                    ObjectMapper json) {
        this.json = json;
        this.skup = skup;
        this.goals = goals;
        this.sectorInputs = sectorInputs;
        this.unitPlans = unitPlans;
        this.evaluations = evaluations;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<FormContract> contracts() {
        return List.of(FormContract.of("skup-sector-input", CHALLENGES, BUDGET_NEED),
                FormContract.of("skup-draft", PERIOD_FROM, PERIOD_TO, FOREWORD, OVERALL_GOALS, COMPETENCE_CONCEPT,
                        EVALUATION_PLAN, GOALS, PRIORITIES, MEASURES),
                FormContract.of("skup-forum-review", FORUM_COMMENTS),
                FormContract.of("skup-direction", DIRECTION),
                FormContract.of("skup-consultation", CONSULTATION_OUTCOME, PROTOCOL_REMARK, MEETING_DATE,
                        MEETING_TYPE, UNIONS, STATEMENT),
                FormContract.of("skup-approval", APPROVAL_DECISION, APPROVAL_COMMENTS, DECISION_DATE),
                FormContract.of("unit-training-plan", UNIT_CONSULTATION_DATE, UNIT_CONSULTATION_OUTCOME),
                FormContract.of("sector-plan-evaluation", REACTIONS, LEARNING, APPLICATION, BENEFIT, EVALUATION_COST));
    }

    @Override
    public Map<String, Object> handle(SubmittedForm form) {
        int planYear = ((Number) form.variable("planYear")).intValue();
        Instant now = Instant.now(clock);
        switch (form.formKey()) {
            case "skup-sector-input" -> {
                String sector = (String) form.variable("sectorCode");
                SectorInput input = sectorInputs.findByPlanYearAndSectorCode(planYear, sector)
                        .orElseGet(() -> new SectorInput(planYear, sector));
                input.submit(form.get(CHALLENGES), form.get(BUDGET_NEED), json(form), form.processInstanceId(),
                        form.userId(), now);
                sectorInputs.save(input);
            }
            case "skup-draft" -> draft(planYear, form, now);
            case "skup-forum-review" -> plan(planYear, form).forumDiscussed(form.get(FORUM_COMMENTS), now);
            case "skup-direction" -> plan(planYear, form).directionGiven(form.get(DIRECTION), now);
            case "skup-consultation" -> consultation(planYear, form, now);
            case "skup-approval" -> approval(planYear, form, now);
            case "unit-training-plan" -> {
                String unit = (String) form.variable("unitCode");
                UnitTrainingPlan plan = unitPlans.findByPlanYearAndUnitCode(planYear, unit)
                        .orElseGet(() -> new UnitTrainingPlan(planYear, unit));
                plan.consulted(form.require(UNIT_CONSULTATION_DATE), form.get(UNIT_CONSULTATION_OUTCOME),
                        json(form), form.processInstanceId(), form.userId(), now);
                unitPlans.save(plan);
            }
            case "sector-plan-evaluation" -> {
                String sector = (String) form.variable("sectorCode");
                SectorEvaluation evaluation = evaluations.findByPlanYearAndSectorCode(planYear, sector)
                        .orElseGet(() -> new SectorEvaluation(planYear, sector));
                evaluation.record(form.get(REACTIONS), form.get(LEARNING), form.get(APPLICATION), form.get(BENEFIT),
                        form.get(EVALUATION_COST), json(form), form.processInstanceId(), form.userId(), now);
                evaluations.save(evaluation);
            }
            default -> throw new IllegalArgumentException(form.formKey());
        }
        return Map.of();
    }

    private void draft(int planYear, SubmittedForm form, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        int from = form.require(PERIOD_FROM);
        int to = form.require(PERIOD_TO);
        if (to < from) {
            errors.add(new FieldError(PERIOD_TO.key(), texts.get("planning.draft.periodTo.label"),
                    texts.get("planning.draft.periodTo.beforeFrom")));
        }
        List<FieldValues> goalRows = form.get(GOALS);
        for (int i = 0; i < goalRows.size(); i++) {
            String row = String.valueOf(i + 1);
            String code = goalRows.get(i).get(GOAL_COMPETENCE);
            if (code != null && !catalogue.exists(code)) {
                errors.add(new FieldError(GOALS.key() + "[" + i + "]." + GOAL_COMPETENCE.key(),
                        texts.get("planning.draft.competenceCode.label"),
                        texts.get("planning.draft.competenceCode.unknown", row, code)));
            }
            String unit = goalRows.get(i).get(GOAL_SECTOR);
            if (unit != null && !organisation.unitExists(unit)) {
                errors.add(new FieldError(GOALS.key() + "[" + i + "]." + GOAL_SECTOR.key(),
                        texts.get("planning.draft.sectorCode.label"),
                        texts.get("planning.draft.sectorCode.unknown", row, unit)));
            }
        }
        if (!errors.isEmpty()) {
            throw FormValidationException.refusing(errors);
        }
        goals.deleteByPlanYear(planYear);
        for (FieldValues g : goalRows) {
            goals.save(new CompetenceGoal(planYear, g.get(GOAL_COMPETENCE), g.get(GOAL_SECTOR),
                    g.require(GOAL_TARGET_COUNT), g.require(GOAL_TARGET_YEAR), g.get(GOAL_INDICATOR)));
        }
        List<SkupPriority> priorities = new ArrayList<>();
        List<FieldValues> priorityRows = form.get(PRIORITIES);
        for (int i = 0; i < priorityRows.size(); i++) {
            priorities.add(new SkupPriority(i + 1, priorityRows.get(i).get(PRIORITY_HEADING),
                    priorityRows.get(i).get(PRIORITY_GOAL)));
        }
        List<SkupMeasure> measures = form.get(MEASURES).stream().map(m -> new SkupMeasure(
                m.require(MEASURE_PRIORITY), m.get(MEASURE_TITLE), m.get(MEASURE_TARGET_GROUP),
                m.get(MEASURE_RESPONSIBLE), m.get(MEASURE_COST), m.get(MEASURE_FUNDING), m.get(MEASURE_PERIOD)))
                .toList();
        SkupStatus status = "finalise-skup".equals(form.taskDefinitionKey()) ? SkupStatus.FINAL_DRAFT : SkupStatus.DRAFTING;
        plan(planYear, form).draft(from, to, form.get(FOREWORD), form.get(OVERALL_GOALS),
                form.get(COMPETENCE_CONCEPT), form.get(EVALUATION_PLAN), priorities, measures, status, now);
    }

    private void consultation(int planYear, SubmittedForm form, Instant now) {
        String outcome = form.require(CONSULTATION_OUTCOME);
        if ("DISAGREEMENT".equals(outcome) && form.get(PROTOCOL_REMARK) == null) {
            throw FormValidationException.of(PROTOCOL_REMARK.key(), texts.get("planning.consultation.protocolRemark.label"),
                    texts.get("planning.consultation.protocolRemark.required"));
        }
        plan(planYear, form).consulted(form.require(MEETING_DATE), form.get(MEETING_TYPE), form.get(UNIONS), outcome,
                form.get(STATEMENT), form.get(PROTOCOL_REMARK), now);
    }

    private void approval(int planYear, SubmittedForm form, Instant now) {
        String decision = form.require(APPROVAL_DECISION);
        SkupPlan plan = plan(planYear, form);
        if ("RETURNED".equals(decision) && form.get(APPROVAL_COMMENTS) == null) {
            throw FormValidationException.of(APPROVAL_COMMENTS.key(), texts.get("planning.approval.comments.label"),
                    texts.get("planning.approval.comments.required"));
        }
        // BR-08: no adoption without a consultation of this version that did not end in disagreement.
        if ("ADOPTED".equals(decision) && (plan.getConsultationOutcome() == null
                || "DISAGREEMENT".equals(plan.getConsultationOutcome()) || plan.getStatus() != SkupStatus.CONSULTED)) {
            throw FormValidationException.of(APPROVAL_DECISION.key(), texts.get("planning.approval.decision.label"),
                    texts.get("planning.approval.notConsulted"));
        }
        plan.decided(decision, form.get(APPROVAL_COMMENTS), form.userId(), form.require(DECISION_DATE), now);
    }

    /** The whole answer, kept beside the record so the plan's pages show what was written. */
    private String json(SubmittedForm form) {
        try {
            return json.writeValueAsString(form.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SkupPlan plan(int planYear, SubmittedForm form) {
        return skup.planFor(planYear, form.processInstanceId());
    }
}
