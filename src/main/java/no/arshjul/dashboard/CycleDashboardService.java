package no.arshjul.dashboard;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.cycle.CycleProgressService;
import no.arshjul.cycle.EmployeeProgress;
import no.arshjul.cycle.Step;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.LevelType;
import no.arshjul.organisation.OrgUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far the year has come, by sector and, within a sector, by unit: shares mapped, talks held,
 * plans made, and how many are late. Counts only, no names: HR's view of the whole municipality.
 */
@Service
@Transactional(readOnly = true)
public class CycleDashboardService {

    private final OrganisationService organisation;
    private final CycleProgressService progress;

    public CycleDashboardService(OrganisationService organisation, CycleProgressService progress) {
        this.organisation = organisation;
        this.progress = progress;
    }

    public record ProgressRow(String code, String name, int employees, int mapped, int talksHeld, int plansMade,
                              int overdue) {

        public int mappedPct() {
            return pct(mapped);
        }

        public int talksHeldPct() {
            return pct(talksHeld);
        }

        public int plansMadePct() {
            return pct(plansMade);
        }

        public int overduePct() {
            return pct(overdue);
        }

        private int pct(int count) {
            return employees == 0 ? 0 : Math.round(100f * count / employees);
        }
    }

    /** {@code sector} is null for the whole municipality by sector; a sector's code gives its units. */
    public record Dashboard(int year, String sectorCode, String sectorName, ProgressRow total, List<ProgressRow> rows) {
    }

    public Optional<Dashboard> dashboard(int year, String sectorCode, Instant now) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        organisation.allUnits().forEach(u -> byId.put(u.getId(), u));
        OrgUnit sector = null;
        if (sectorCode != null) {
            sector = byId.values().stream().filter(u -> u.getCode().equals(sectorCode)).findFirst().orElse(null);
            if (sector == null) {
                return Optional.empty();
            }
        }
        Map<OrgUnit, List<Employee>> groups = new LinkedHashMap<>();
        for (Employee employee : organisation.activeEmployees()) {
            OrgUnit own = byId.get(employee.getUnit().getId());
            OrgUnit top = sectorOf(own, byId);
            if (sector == null) {
                groups.computeIfAbsent(top, k -> new ArrayList<>()).add(employee);
            } else if (top.getId().equals(sector.getId())) {
                groups.computeIfAbsent(unitOf(own, byId), k -> new ArrayList<>()).add(employee);
            }
        }
        List<ProgressRow> rows = new ArrayList<>();
        List<EmployeeProgress> all = new ArrayList<>();
        groups.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getName())).forEach(group -> {
            List<EmployeeProgress> people = progress.progressOf(group.getValue(), year, now);
            all.addAll(people);
            rows.add(row(group.getKey().getCode(), group.getKey().getName(), people));
        });
        OrgUnit shown = sector;
        return Optional.of(new Dashboard(year, shown == null ? null : shown.getCode(), shown == null ? null : shown.getName(),
                row(shown == null ? null : shown.getCode(), shown == null ? null : shown.getName(), all), rows));
    }

    private static ProgressRow row(String code, String name, Collection<EmployeeProgress> people) {
        return new ProgressRow(code, name, people.size(),
                count(people, Step.MAPPING), count(people, Step.TALK_HELD), count(people, Step.DEVELOPMENT_PLAN),
                (int) people.stream().filter(EmployeeProgress::anyOverdue).count());
    }

    private static int count(Collection<EmployeeProgress> people, Step step) {
        return (int) people.stream().filter(p -> p.done(step)).count();
    }

    /** The sector above a unit; people outside every sector (the rådmann's staff) count under the top unit. */
    private static OrgUnit sectorOf(OrgUnit unit, Map<Long, OrgUnit> byId) {
        OrgUnit current = unit;
        while (current.getLevelType() != LevelType.SEKTOR && current.getParent() != null) {
            current = byId.get(current.getParent().getId());
        }
        return current;
    }

    /** The unit (enhet) a person belongs to: departments count under their unit, sector staff under the sector. */
    private static OrgUnit unitOf(OrgUnit unit, Map<Long, OrgUnit> byId) {
        OrgUnit current = unit;
        while (current.getLevelType() == LevelType.AVDELING && current.getParent() != null) {
            current = byId.get(current.getParent().getId());
        }
        return current;
    }
}
