package no.arshjul.planning;

import no.arshjul.competence.CompetenceItemRepository;
import no.arshjul.organisation.OrgUnitRepository;
import no.arshjul.forms.FieldError;
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
import java.util.Set;

/** Keeps the plan's records in step with its forms, and holds the rules that span fields. */
@Component
class PlanSubmissions implements FormSubmissionHandler {

    private final SkupService skup;
    private final CompetenceGoalRepository goals;
    private final SectorInputRepository sectorInputs;
    private final UnitTrainingPlanRepository unitPlans;
    private final SectorEvaluationRepository evaluations;
    private final CompetenceItemRepository catalogue;
    private final OrgUnitRepository units;
    private final Clock clock;

    PlanSubmissions(SkupService skup, CompetenceGoalRepository goals, SectorInputRepository sectorInputs,
                    UnitTrainingPlanRepository unitPlans, SectorEvaluationRepository evaluations,
                    CompetenceItemRepository catalogue, OrgUnitRepository units, Clock clock) {
        this.skup = skup;
        this.goals = goals;
        this.sectorInputs = sectorInputs;
        this.unitPlans = unitPlans;
        this.evaluations = evaluations;
        this.catalogue = catalogue;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of("skup-sector-input", "skup-draft", "skup-forum-review", "skup-direction", "skup-consultation",
                "skup-approval", "unit-training-plan", "sector-plan-evaluation");
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
                input.submit(form.text("challenges"), decimal(form.data().get("budgetNeedNok")), form.userId(), now);
                sectorInputs.save(input);
            }
            case "skup-draft" -> draft(planYear, form, now);
            case "skup-forum-review" -> plan(planYear, form).forumDiscussed(form.text("forumComments"), now);
            case "skup-direction" -> plan(planYear, form).directionGiven(form.text("direction"), now);
            case "skup-consultation" -> consultation(planYear, form, now);
            case "skup-approval" -> approval(planYear, form, now);
            case "unit-training-plan" -> {
                String unit = (String) form.variable("unitCode");
                UnitTrainingPlan plan = unitPlans.findByPlanYearAndUnitCode(planYear, unit)
                        .orElseGet(() -> new UnitTrainingPlan(planYear, unit));
                plan.consulted(LocalDate.parse(form.text("unitConsultationDate")), form.text("unitConsultationOutcome"),
                        form.userId(), now);
                unitPlans.save(plan);
            }
            case "sector-plan-evaluation" -> {
                String sector = (String) form.variable("sectorCode");
                SectorEvaluation evaluation = evaluations.findByPlanYearAndSectorCode(planYear, sector)
                        .orElseGet(() -> new SectorEvaluation(planYear, sector));
                evaluation.record(form.text("reactions"), form.text("learning"), form.text("application"),
                        form.text("benefit"), decimal(form.data().get("costNok")), form.userId(), now);
                evaluations.save(evaluation);
            }
            default -> throw new IllegalArgumentException(form.formKey());
        }
        return Map.of();
    }

    private void draft(int planYear, SubmittedForm form, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        int from = integer(form.data().get("periodFrom"));
        int to = integer(form.data().get("periodTo"));
        if (to < from) {
            errors.add(new FieldError("periodTo", "Planperiode til (år)",
                    "«Planperiode til (år)» kan ikke være før «Planperiode fra (år)»."));
        }
        List<Map<String, Object>> goalRows = list(form.data().get("competenceGoals"));
        for (int i = 0; i < goalRows.size(); i++) {
            String code = (String) goalRows.get(i).get("competenceCode");
            if (code != null && catalogue.findByCode(code).isEmpty()) {
                errors.add(new FieldError("competenceGoals[" + i + "].competenceCode", "Kode i kompetansekatalogen",
                        "Kompetansemål " + (i + 1) + ": «" + code + "» finnes ikke i kompetansekatalogen."));
            }
            String unit = (String) goalRows.get(i).get("sectorCode");
            if (unit != null && units.findByCode(unit).isEmpty()) {
                errors.add(new FieldError("competenceGoals[" + i + "].sectorCode", "Sektor eller enhet (kode)",
                        "Kompetansemål " + (i + 1) + ": «" + unit + "» er ikke en kjent sektor eller enhet."));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(form.taskName(), errors);
        }
        goals.deleteByPlanYear(planYear);
        for (Map<String, Object> g : goalRows) {
            goals.save(new CompetenceGoal(planYear, (String) g.get("competenceCode"), (String) g.get("sectorCode"),
                    integer(g.get("targetCount")), integer(g.get("targetYear")), (String) g.get("indicator")));
        }
        List<SkupPriority> priorities = new ArrayList<>();
        List<Map<String, Object>> priorityRows = list(form.data().get("priorities"));
        for (int i = 0; i < priorityRows.size(); i++) {
            priorities.add(new SkupPriority(i + 1, (String) priorityRows.get(i).get("heading"),
                    (String) priorityRows.get(i).get("goal")));
        }
        List<SkupMeasure> measures = list(form.data().get("measures")).stream().map(m -> new SkupMeasure(
                integer(m.get("priority")), (String) m.get("title"), (String) m.get("targetGroup"),
                (String) m.get("responsible"), decimal(m.get("costNok")), (String) m.get("fundingSource"),
                (String) m.get("period"))).toList();
        SkupStatus status = "finalise-skup".equals(form.taskDefinitionKey()) ? SkupStatus.FINAL_DRAFT : SkupStatus.DRAFTING;
        plan(planYear, form).draft(from, to, form.text("foreword"), form.text("overallGoals"),
                form.text("competenceConcept"), form.text("evaluationPlan"), priorities, measures, status, now);
    }

    private void consultation(int planYear, SubmittedForm form, Instant now) {
        String outcome = form.text("consultationOutcome");
        if ("DISAGREEMENT".equals(outcome) && form.text("protocolRemark") == null) {
            throw FormValidationException.of(form.taskName(), "protocolRemark", "Protokolltilførsel",
                    "«Protokolltilførsel» må fylles ut når drøftingen endte i uenighet.");
        }
        plan(planYear, form).consulted(LocalDate.parse(form.text("meetingDate")), form.text("meetingType"),
                form.text("unions"), outcome, form.text("statement"), form.text("protocolRemark"), now);
    }

    private void approval(int planYear, SubmittedForm form, Instant now) {
        String decision = form.text("approvalDecision");
        SkupPlan plan = plan(planYear, form);
        if ("RETURNED".equals(decision) && form.text("comments") == null) {
            throw FormValidationException.of(form.taskName(), "comments", "Merknader",
                    "«Merknader» må fylles ut når planen sendes tilbake.");
        }
        // BR-08: no adoption without a consultation of this version that did not end in disagreement.
        if ("ADOPTED".equals(decision) && (plan.getConsultationOutcome() == null
                || "DISAGREEMENT".equals(plan.getConsultationOutcome()) || plan.getStatus() != SkupStatus.CONSULTED)) {
            throw FormValidationException.of(form.taskName(), "approvalDecision", "Vedtak",
                    "Planen kan ikke vedtas før den er drøftet med de tillitsvalgte uten uenighet.");
        }
        plan.decided(decision, form.text("comments"), form.userId(), LocalDate.parse(form.text("decisionDate")), now);
    }

    private SkupPlan plan(int planYear, SubmittedForm form) {
        return skup.planFor(planYear, form.processInstanceId());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
