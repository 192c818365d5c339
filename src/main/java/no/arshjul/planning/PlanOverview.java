package no.arshjul.planning;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as the people who work on it see it beside their task (the union representatives when
 * they record the consultation, the rådmann when she adopts it) and on HR's dashboard: its
 * content, its status, and the gap figures, suppressed for everyone but HR.
 */
@Service
@Transactional(readOnly = true)
public class PlanOverview {

    private final SkupService skup;
    private final GapAnalysisService analysis;
    private final CompetenceGoalRepository goals;
    private final OrganisationService organisation;
    private final PlanDocuments documents;
    private final Clock clock;

    public PlanOverview(SkupService skup, GapAnalysisService analysis, CompetenceGoalRepository goals,
                        OrganisationService organisation, PlanDocuments documents, Clock clock) {
        this.documents = documents;
        this.skup = skup;
        this.analysis = analysis;
        this.goals = goals;
        this.organisation = organisation;
        this.clock = clock;
    }

    public record Measure(int priority, String title, String targetGroup, String responsible, BigDecimal costNok) {
    }

    public record Priority(String heading, String goal) {
    }

    /**
     * {@code status} is null while the plan has no record yet (before HR's first draft);
     * {@code sectorInputs} and {@code evaluations} are empty for those who may not read the plan's
     * working papers ({@link PlanDocuments}).
     */
    public record Plan(int planYear, SkupStatus status, Integer periodFrom, Integer periodTo, String foreword,
                       List<Priority> priorities, List<Measure> measures, BigDecimal totalCost,
                       String forumComments, String direction, String consultationOutcome,
                       String consultationStatement, String protocolRemark, String approvalComments,
                       GapAnalysisService.Analysis gaps, List<PlanDocuments.SectorAnswer> sectorInputs,
                       List<PlanDocuments.SectorAnswer> evaluations) {

        public boolean exists() {
            return status != null;
        }

        public boolean adopted() {
            return status == SkupStatus.ADOPTED || status == SkupStatus.PUBLISHED;
        }
    }

    /**
     * The plan beside a task of its making, with the sectors' input for those who read working
     * papers; present as soon as the work has started, before HR's first draft.
     */
    public Optional<Plan> plan(int planYear, String viewerUserId) {
        boolean hr = organisation.rolesOf(viewerUserId).contains(Role.HR);
        List<PlanDocuments.SectorAnswer> inputs = documents.sectorInputs(planYear, viewerUserId);
        return Optional.of(skup.find(planYear).map(p -> of(p, gaps(goalsYearFor(planYear), !hr), inputs, List.of()))
                .orElseGet(() -> empty(planYear, gaps(goalsYearFor(planYear), !hr), inputs, List.of())));
    }

    /**
     * The plan being evaluated beside a task of the evaluation, with the sectors' evaluations for
     * those who read working papers. {@link Plan#adopted()} is false for a plan year that has no
     * adopted plan in Årshjul (the first year), and the page says so.
     */
    public Plan evaluated(int planYear, String viewerUserId) {
        List<PlanDocuments.SectorAnswer> evaluations = documents.evaluations(planYear, viewerUserId);
        return skup.find(planYear).map(p -> of(p, null, List.of(), evaluations))
                .orElseGet(() -> empty(planYear, null, List.of(), evaluations));
    }

    private static Plan of(SkupPlan p, GapAnalysisService.Analysis gaps, List<PlanDocuments.SectorAnswer> inputs,
                           List<PlanDocuments.SectorAnswer> evaluations) {
        return new Plan(p.getPlanYear(), p.getStatus(), p.getPeriodFrom(), p.getPeriodTo(),
                p.getForeword(), p.getPriorities().stream().map(x -> new Priority(x.getHeading(), x.getGoal())).toList(),
                p.getMeasures().stream().map(m -> new Measure(m.getPriority(), m.getTitle(), m.getTargetGroup(),
                        m.getResponsible(), m.getCostNok())).toList(),
                p.getMeasures().stream().map(SkupMeasure::getCostNok).reduce(BigDecimal.ZERO, BigDecimal::add),
                p.getForumComments(), p.getDirection(), p.getConsultationOutcome(), p.getConsultationStatement(),
                p.getProtocolRemark(), p.getApprovalComments(), gaps, inputs, evaluations);
    }

    private static Plan empty(int planYear, GapAnalysisService.Analysis gaps, List<PlanDocuments.SectorAnswer> inputs,
                              List<PlanDocuments.SectorAnswer> evaluations) {
        return new Plan(planYear, null, null, null, null, List.of(), List.of(), BigDecimal.ZERO, null, null, null,
                null, null, null, gaps, inputs, evaluations);
    }

    /** The figures for the newest of these plan years that has goals (the plan being made, else the one in force). */
    public Optional<GapAnalysisService.Analysis> latestGaps(Set<Integer> planYears, boolean suppress) {
        return planYears.stream().sorted((a, b) -> b - a)
                .filter(y -> !goals.findByPlanYearOrderByCompetenceCodeAscOrgUnitCodeAsc(y).isEmpty())
                .findFirst().map(y -> gaps(y, suppress));
    }

    public Optional<SkupStatus> status(int planYear) {
        return skup.find(planYear).map(SkupPlan::getStatus);
    }

    private int goalsYearFor(int planYear) {
        return goals.findByPlanYearOrderByCompetenceCodeAscOrgUnitCodeAsc(planYear).isEmpty() ? planYear - 1 : planYear;
    }

    private GapAnalysisService.Analysis gaps(int planYear, boolean suppress) {
        return analysis.analyse(planYear, GapAnalysisService.Scenario.NORMAL, LocalDate.now(clock), suppress);
    }
}
