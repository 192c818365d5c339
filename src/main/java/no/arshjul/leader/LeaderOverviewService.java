package no.arshjul.leader;

import no.arshjul.AccessLog;

import no.arshjul.competence.CompetenceExpiry;
import no.arshjul.competence.CompetenceExpiry.ExpiringHolding;
import no.arshjul.cycle.CycleProgressService;
import no.arshjul.cycle.EmployeeProgress;
import no.arshjul.cycle.Step;
import no.arshjul.cycle.StepState;
import no.arshjul.cycle.StepStatus;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrgUnit;
import no.arshjul.organisation.OrganisationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Min enhet": for each unit a person leads, the people they are closest leader for and where
 * each stands in the year, step by step ({@link Step}). Only those people: the
 * same ones whose case the leader may open.
 */
@Service
@Transactional(readOnly = true)
public class LeaderOverviewService {

    private final OrganisationService organisation;
    private final CycleProgressService progress;

    private final AccessLog accessLog;
    private final CompetenceExpiry expiry;

    public LeaderOverviewService(OrganisationService organisation, CycleProgressService progress, AccessLog accessLog,
                                 CompetenceExpiry expiry) {
        this.accessLog = accessLog;
        this.expiry = expiry;
        this.organisation = organisation;
        this.progress = progress;
    }

    public record LeaderOverview(int year, long outstandingTalks, List<UnitOverview> units) {
    }

    public record UnitOverview(String code, String name, int employees, long outstandingTalks, List<EmployeeRow> rows) {
    }

    /**
     * {@code late}: a step is past its deadline; {@code needsMe}: one of the person's open tasks is the
     * leader's to do; {@code expiringCertificates}: the person's certificates that expire soon or have
     * expired (none: empty).
     */
    public record EmployeeRow(String userId, String name, String position, boolean talkOutstanding,
                              boolean late, boolean needsMe, Map<Step, StepState> steps,
                              List<ExpiringHolding> expiringCertificates) {

        long lateSteps() {
            return steps.values().stream().filter(s -> s.status() == StepStatus.OVERDUE).count();
        }
    }

    /**
     * The people the view lets through, in its order; {@code employees} and {@code outstandingTalks} still
     * count the whole unit, so a filter never hides how much is left.
     */
    public LeaderOverview overviewFor(String leaderUserId, int year, Instant now, OverviewView view, Locale locale) {
        List<UnitOverview> units = new ArrayList<>();
        for (Map.Entry<OrgUnit, List<Employee>> unit : organisation.reportsByUnit(leaderUserId).entrySet()) {
            Map<String, List<ExpiringHolding>> expiring = expiry.expiringOf(unit.getValue());
            List<EmployeeRow> rows = progress.progressOf(unit.getValue(), year, now).stream()
                    .map(p -> row(p, leaderUserId, expiring.getOrDefault(p.employee().getUserId(), List.of()))).toList();
            units.add(new UnitOverview(unit.getKey().getCode(), unit.getKey().getName(), rows.size(),
                    rows.stream().filter(EmployeeRow::talkOutstanding).count(), view.apply(rows, locale)));
        }
        return new LeaderOverview(year, units.stream().mapToLong(UnitOverview::outstandingTalks).sum(), units);
    }

    /**
     * The overview for the Excel file the leader takes away: one access log entry per person in it,
     * written in this (read-write) transaction, committed together with the read.
     */
    @Transactional
    public LeaderOverview exportFor(String leaderUserId, int year, Instant now, OverviewView view, Locale locale) {
        LeaderOverview overview = overviewFor(leaderUserId, year, now, view, locale);
        overview.units().stream().flatMap(unit -> unit.rows().stream()).map(EmployeeRow::userId).distinct()
                .forEach(person -> accessLog.recordRead(leaderUserId, person, AccessLog.What.LEADER_EXPORT));
        return overview;
    }

    private static EmployeeRow row(EmployeeProgress p, String leaderUserId, List<ExpiringHolding> expiring) {
        Employee e = p.employee();
        return new EmployeeRow(e.getUserId(), e.getFullName(), e.getPositionTitle(), p.talkOutstanding(),
                p.anyOverdue(), p.waitingFor().contains(leaderUserId), p.steps(), expiring);
    }
}
