package no.arshjul.planning;

import no.arshjul.competence.CompetenceProfileService;
import no.arshjul.competence.CompetenceCatalogueService;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.competence.CompetenceHolding;
import no.arshjul.competence.CompetenceItem;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrgUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Competence goals against holdings (KS step 6): for each goal, how many hold the competence now,
 * how many will leave by the goal's year (retirement by age, and a yearly leaving rate), and the
 * gap to the target. Holdings count when the leader has confirmed them and they have not expired.
 * For union representatives and the rådmann, any figure built from 1–4 people is suppressed,
 * together with the figures it could be worked out from.
 */
@Service
@Transactional(readOnly = true)
public class GapAnalysisService {

    /** Retirement at the usual age, or the early-retirement (AFP) scenario. */
    public enum Scenario { NORMAL, EARLY }

    public static final int SMALLEST_SHOWN_GROUP = 5;

    private final CompetenceGoalRepository goals;
    private final CompetenceProfileService profiles;
    private final CompetenceCatalogueService catalogue;
    private final OrganisationService organisation;
    private final int retirementAge;
    private final int earlyRetirementAge;
    private final double annualLeavingRate;

    public GapAnalysisService(CompetenceGoalRepository goals, CompetenceProfileService profiles,
                              CompetenceCatalogueService catalogue, OrganisationService organisation, @Value("${arshjul.gap.retirement-age:67}") int retirementAge,
                              @Value("${arshjul.gap.early-retirement-age:62}") int earlyRetirementAge,
                              @Value("${arshjul.gap.annual-leaving-rate:0.03}") double annualLeavingRate) {
        this.goals = goals;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.retirementAge = retirementAge;
        this.earlyRetirementAge = earlyRetirementAge;
        this.annualLeavingRate = annualLeavingRate;
    }

    public record Row(String competenceCode, String competenceName, String orgUnitCode, String orgUnitName,
                      Integer now, Integer retiring, Integer otherLeavers, Integer projected, int target,
                      int targetYear, Integer gap, boolean suppressed) {
    }

    public record Analysis(int planYear, Scenario scenario, int retirementAge, double annualLeavingRate,
                           LocalDate asOf, boolean smallCellsSuppressed, List<Row> rows) {
    }

    public Analysis analyse(int planYear, Scenario scenario, LocalDate asOf, boolean suppressSmallCells) {
        int age = scenario == Scenario.EARLY ? earlyRetirementAge : retirementAge;
        Map<String, OrgUnit> unitsByCode = organisation.allUnits().stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u));
        Map<String, String> names = catalogue.catalogue(true).stream()
                .collect(Collectors.toMap(CompetenceItem::getCode, CompetenceItem::getName));
        List<Employee> active = organisation.activeEmployees();
        Map<String, Set<Long>> holdersByCode = holdersByCompetence(asOf);
        List<Row> rows = new ArrayList<>();
        for (CompetenceGoal goal : goals.findByPlanYearOrderByCompetenceCodeAscOrgUnitCodeAsc(planYear)) {
            OrgUnit scope = unitsByCode.get(goal.getOrgUnitCode());
            Set<Long> holders = holdersByCode.getOrDefault(goal.getCompetenceCode(), Set.of());
            List<Employee> holding = active.stream()
                    .filter(e -> holders.contains(e.getId()) && within(e.getUnit(), scope)).toList();
            int now = holding.size();
            LocalDate horizon = LocalDate.of(goal.getTargetYear(), 12, 31);
            int retiring = (int) holding.stream()
                    .filter(e -> !e.getDateOfBirth().plusYears(age).isAfter(horizon)).count();
            int years = Math.max(0, goal.getTargetYear() - asOf.getYear());
            int otherLeavers = (int) Math.round((now - retiring) * (1 - Math.pow(1 - annualLeavingRate, years)));
            int projected = now - retiring - otherLeavers;
            Row row = new Row(goal.getCompetenceCode(), names.getOrDefault(goal.getCompetenceCode(), goal.getCompetenceCode()),
                    goal.getOrgUnitCode(), scope == null ? goal.getOrgUnitCode() : scope.getName(), now, retiring,
                    otherLeavers, projected, goal.getTargetCount(), goal.getTargetYear(),
                    goal.getTargetCount() - projected, false);
            rows.add(suppressSmallCells ? suppressed(row) : row);
        }
        return new Analysis(planYear, scenario, age, annualLeavingRate, asOf, suppressSmallCells, rows);
    }

    private static Row suppressed(Row row) {
        if (isSmall(row.now())) {
            return new Row(row.competenceCode(), row.competenceName(), row.orgUnitCode(), row.orgUnitName(), null, null,
                    null, null, row.target(), row.targetYear(), null, true);
        }
        if (isSmall(row.retiring()) || isSmall(row.otherLeavers())) {
            // The projection is now minus the leavers: showing it would give the small count away.
            return new Row(row.competenceCode(), row.competenceName(), row.orgUnitCode(), row.orgUnitName(), row.now(),
                    isSmall(row.retiring()) ? null : row.retiring(),
                    isSmall(row.otherLeavers()) ? null : row.otherLeavers(), null, row.target(), row.targetYear(), null,
                    true);
        }
        return row;
    }

    private static boolean isSmall(Integer count) {
        return count != null && count > 0 && count < SMALLEST_SHOWN_GROUP;
    }

    private Map<String, Set<Long>> holdersByCompetence(LocalDate asOf) {
        Map<String, Set<Long>> holders = new HashMap<>();
        for (CompetenceHolding h : profiles.allHoldings()) {
            boolean counts = h.getCompetenceItem() != null && h.getConfirmedBy() != null
                    && (h.getValidUntil() == null || !h.getValidUntil().isBefore(asOf));
            if (counts) {
                holders.computeIfAbsent(h.getCompetenceItem().getCode(), k -> new HashSet<>()).add(h.getEmployee().getId());
            }
        }
        return holders;
    }

    private static boolean within(OrgUnit unit, OrgUnit scope) {
        for (OrgUnit u = unit; u != null; u = u.getParent()) {
            if (scope != null && u.getId().equals(scope.getId())) {
                return true;
            }
        }
        return false;
    }
}
