package no.arshjul.leader;

import no.arshjul.cycle.CycleProgressService;
import no.arshjul.cycle.EmployeeProgress;
import no.arshjul.cycle.Step;
import no.arshjul.cycle.StepState;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrgUnit;
import no.arshjul.organisation.OrganisationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    public LeaderOverviewService(OrganisationService organisation, CycleProgressService progress) {
        this.organisation = organisation;
        this.progress = progress;
    }

    public record LeaderOverview(int year, long outstandingTalks, List<UnitOverview> units) {
    }

    public record UnitOverview(String code, String name, int employees, long outstandingTalks, List<EmployeeRow> rows) {
    }

    public record EmployeeRow(String userId, String name, String position, boolean talkOutstanding,
                              Map<Step, StepState> steps) {
    }

    public LeaderOverview overviewFor(String leaderUserId, int year, Instant now) {
        List<UnitOverview> units = new ArrayList<>();
        for (Map.Entry<OrgUnit, List<Employee>> unit : organisation.reportsByUnit(leaderUserId).entrySet()) {
            List<EmployeeRow> rows = progress.progressOf(unit.getValue(), year, now).stream()
                    .map(LeaderOverviewService::row).toList();
            units.add(new UnitOverview(unit.getKey().getCode(), unit.getKey().getName(), rows.size(),
                    rows.stream().filter(EmployeeRow::talkOutstanding).count(), rows));
        }
        return new LeaderOverview(year, units.stream().mapToLong(UnitOverview::outstandingTalks).sum(), units);
    }

    private static EmployeeRow row(EmployeeProgress p) {
        Employee e = p.employee();
        return new EmployeeRow(e.getUserId(), e.getFullName(), e.getPositionTitle(), p.talkOutstanding(), p.steps());
    }
}
