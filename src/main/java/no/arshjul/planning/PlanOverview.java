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
    private final Clock clock;

    public PlanOverview(SkupService skup, GapAnalysisService analysis, CompetenceGoalRepository goals,
                        OrganisationService organisation, Clock clock) {
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

    public record Plan(int planYear, SkupStatus status, Integer periodFrom, Integer periodTo, String foreword,
                       List<Priority> priorities, List<Measure> measures, BigDecimal totalCost,
                       String forumComments, String direction, String consultationOutcome,
                       String consultationStatement, String protocolRemark, String approvalComments,
                       GapAnalysisService.Analysis gaps) {
    }

    public Optional<Plan> plan(int planYear, String viewerUserId) {
        boolean hr = organisation.rolesOf(viewerUserId).contains(Role.HR);
        return skup.find(planYear).map(p -> new Plan(p.getPlanYear(), p.getStatus(), p.getPeriodFrom(), p.getPeriodTo(),
                p.getForeword(), p.getPriorities().stream().map(x -> new Priority(x.getHeading(), x.getGoal())).toList(),
                p.getMeasures().stream().map(m -> new Measure(m.getPriority(), m.getTitle(), m.getTargetGroup(),
                        m.getResponsible(), m.getCostNok())).toList(),
                p.getMeasures().stream().map(SkupMeasure::getCostNok).reduce(BigDecimal.ZERO, BigDecimal::add),
                p.getForumComments(), p.getDirection(), p.getConsultationOutcome(), p.getConsultationStatement(),
                p.getProtocolRemark(), p.getApprovalComments(), gaps(goalsYearFor(planYear), !hr)));
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
