package no.arshjul.dashboard;

import no.arshjul.NorwegianOrder;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.cycle.CycleProgressService;
import no.arshjul.cycle.ProgressCounts;
import no.arshjul.organisation.LevelType;
import no.arshjul.organisation.OrgUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
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
        // One aggregate query for the whole municipality, rolled up the unit tree here: the tree is
        // hundreds of units, the people tens of thousands.
        Map<OrgUnit, ProgressCounts> groups = new LinkedHashMap<>();
        OrgUnit chosen = sector;
        progress.countsByUnit(year, now).forEach((unitId, counts) -> {
            OrgUnit own = byId.get(unitId);
            OrgUnit top = sectorOf(own, byId);
            if (chosen == null) {
                groups.merge(top, counts, ProgressCounts::plus);
            } else if (top.getId().equals(chosen.getId())) {
                groups.merge(unitOf(own, byId), counts, ProgressCounts::plus);
            }
        });
        List<ProgressRow> rows = new ArrayList<>();
        ProgressCounts[] all = {ProgressCounts.NONE};
        groups.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getName(), NorwegianOrder.TEXT)).forEach(group -> {
            all[0] = all[0].plus(group.getValue());
            rows.add(row(group.getKey().getCode(), group.getKey().getName(), group.getValue()));
        });
        OrgUnit shown = sector;
        return Optional.of(new Dashboard(year, shown == null ? null : shown.getCode(), shown == null ? null : shown.getName(),
                row(shown == null ? null : shown.getCode(), shown == null ? null : shown.getName(), all[0]), rows));
    }

    private static ProgressRow row(String code, String name, ProgressCounts counts) {
        return new ProgressRow(code, name, counts.employees(), counts.mapped(), counts.talksHeld(), counts.plansMade(),
                counts.overdue());
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
