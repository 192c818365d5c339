package no.arshjul.organisation;

import no.arshjul.organisation.UnitCsvParser.ParsedUnits;
import no.arshjul.organisation.UnitCsvParser.UnitRow;
import no.arshjul.organisation.UnitImportReport.Moved;
import no.arshjul.organisation.UnitImportReport.NewLeader;
import no.arshjul.organisation.UnitImportReport.Renamed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the unit tree in step with HR's units file, the same file the start-up reads. The file is
 * the whole tree: checked as a whole first (one bad line refuses it and nothing is stored); then
 * units are added, renamed, moved and given another level, and a unit missing from the file is
 * closed, unless active people still belong to it. People whose closest leader changes with a move
 * have their open leader tasks moved along ({@link UnitLeaderChanged}).
 */
@Service
public class UnitImportService {

    /** The line given for a unit that is missing from the file: it has none. */
    static final int NOT_IN_FILE = 0;

    private final OrgUnitRepository units;
    private final EmployeeRepository employees;
    private final OrganisationChangeLog changeLog;
    private final ImportRefusals refusals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnitCsvParser parser = new UnitCsvParser();

    UnitImportService(OrgUnitRepository units, EmployeeRepository employees, OrganisationChangeLog changeLog,
                      ImportRefusals refusals, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.employees = employees;
        this.changeLog = changeLog;
        this.refusals = refusals;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UnitImportReport importUnits(byte[] csv) {
        ParsedUnits file = parser.parse(csv);
        List<ImportProblem> errors = new ArrayList<>(file.errors());
        Map<String, OrgUnit> existing = units.findAll().stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u));
        List<Employee> active = employees.findByActiveTrue();
        if (errors.isEmpty()) {
            errors.addAll(treeErrors(file.rows()));
        }
        if (errors.isEmpty()) {
            errors.addAll(closingErrors(file.rows(), existing, active));
        }
        if (!errors.isEmpty()) {
            throw refusals.refuse(errors);
        }
        return apply(file.rows(), existing, active);
    }

    /** Duplicate codes, parents that are not in the file, and parent chains that go round in a ring. */
    private static List<ImportProblem> treeErrors(List<UnitRow> rows) {
        List<ImportProblem> errors = new ArrayList<>();
        Map<String, UnitRow> byCode = new HashMap<>();
        for (UnitRow row : rows) {
            UnitRow earlier = byCode.putIfAbsent(row.code(), row);
            if (earlier != null) {
                errors.add(ImportProblem.of(row.line(), UnitCsvParser.CODE, "duplicateUnitCode", row.code(), earlier.line()));
            }
        }
        for (UnitRow row : rows) {
            if (row.parentCode() != null && !byCode.containsKey(row.parentCode())) {
                errors.add(ImportProblem.of(row.line(), UnitCsvParser.PARENT, "unknownParent", row.parentCode()));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Set<String> reported = new java.util.HashSet<>();
        for (UnitRow row : rows) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String current = row.code();
            while (current != null && path.add(current)) {
                current = byCode.get(current).parentCode();
            }
            if (current == null || reported.contains(current)) {
                continue;
            }
            List<String> chain = new ArrayList<>(path);
            List<String> ring = chain.subList(chain.indexOf(current), chain.size());
            reported.addAll(ring);
            String description = String.join(" → ", ring) + " → " + ring.get(0);
            ring.forEach(code -> errors.add(ImportProblem.of(byCode.get(code).line(), UnitCsvParser.PARENT,
                    "unitCycle", description)));
        }
        return errors;
    }

    /** A unit the file leaves out is closed; it may not be while active people belong to it. */
    private static List<ImportProblem> closingErrors(List<UnitRow> rows, Map<String, OrgUnit> existing,
                                                     List<Employee> active) {
        Set<String> inFile = rows.stream().map(UnitRow::code).collect(Collectors.toSet());
        Map<String, List<Employee>> peopleByUnit = active.stream()
                .collect(Collectors.groupingBy(e -> e.getUnit().getCode()));
        List<ImportProblem> errors = new ArrayList<>();
        existing.values().stream()
                .filter(u -> !u.isClosed() && !inFile.contains(u.getCode()))
                .sorted(Comparator.comparing(OrgUnit::getCode))
                .forEach(u -> {
                    List<Employee> people = peopleByUnit.getOrDefault(u.getCode(), List.of());
                    if (!people.isEmpty()) {
                        errors.add(ImportProblem.of(NOT_IN_FILE, UnitCsvParser.CODE, "closingUnitWithPeople",
                                u.getCode(), u.getName(), people.size(), people.stream().map(Employee::getUserId)
                                        .sorted().limit(10).collect(Collectors.joining(", "))));
                    }
                });
        return errors;
    }

    private UnitImportReport apply(List<UnitRow> rows, Map<String, OrgUnit> existing, List<Employee> active) {
        Map<String, String> leaderBefore = closestLeaders(active);
        List<String> added = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        List<String> levelChanged = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        List<String> reopened = new ArrayList<>();
        int unchanged = 0;

        Map<String, OrgUnit> byCode = new HashMap<>(existing);
        for (UnitRow row : parentsFirst(rows)) {
            OrgUnit parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
            OrgUnit unit = existing.get(row.code());
            if (unit == null) {
                unit = units.save(new OrgUnit(row.code(), row.name(), row.level(), parent));
                byCode.put(row.code(), unit);
                added.add(row.code());
                changeLog.record("unit-added", null, row.code(), row.name());
                continue;
            }
            boolean changed = false;
            if (unit.isClosed()) {
                unit.reopen();
                reopened.add(row.code());
                changeLog.record("unit-reopened", null, row.code(), row.name());
                changed = true;
            }
            if (!unit.getName().equals(row.name())) {
                renamed.add(new Renamed(row.code(), unit.getName(), row.name()));
                changeLog.record("unit-renamed", null, row.code(), unit.getName() + " → " + row.name());
                unit.rename(row.name());
                changed = true;
            }
            if (unit.getLevelType() != row.level()) {
                levelChanged.add(row.code());
                changeLog.record("unit-level-changed", null, row.code(), unit.getLevelType() + " → " + row.level());
                unit.changeLevel(row.level());
                changed = true;
            }
            String previousParent = unit.getParent() == null ? null : unit.getParent().getCode();
            if (!Objects.equals(previousParent, row.parentCode())) {
                moved.add(new Moved(row.code(), previousParent, row.parentCode()));
                changeLog.record("unit-moved", null, row.code(), previousParent + " → " + row.parentCode());
                unit.moveTo(parent);
                changed = true;
            }
            if (!changed) {
                unchanged++;
            }
        }
        Set<String> inFile = rows.stream().map(UnitRow::code).collect(Collectors.toSet());
        existing.values().stream()
                .filter(u -> !u.isClosed() && !inFile.contains(u.getCode()))
                .sorted(Comparator.comparing(OrgUnit::getCode))
                .forEach(u -> {
                    String leader = u.getLeader() == null ? null : u.getLeader().getUserId();
                    u.close(clock.instant());
                    closed.add(u.getCode());
                    changeLog.record("unit-closed", null, u.getCode(), leader == null ? u.getName()
                            : u.getName() + " (" + leader + ")");
                });
        units.flush();

        List<NewLeader> newLeaders = newLeaders(leaderBefore, closestLeaders(active));
        announce(newLeaders, active);
        return new UnitImportReport(rows.size(), added, renamed, moved, levelChanged, closed, reopened, unchanged,
                newLeaders);
    }

    /** The rows ordered so that a unit comes after its parent: new units are then saved with their parent. */
    private static List<UnitRow> parentsFirst(List<UnitRow> rows) {
        Map<String, UnitRow> byCode = rows.stream().collect(Collectors.toMap(UnitRow::code, r -> r));
        Map<String, UnitRow> ordered = new LinkedHashMap<>();
        for (UnitRow row : rows) {
            List<UnitRow> chain = new ArrayList<>();
            for (UnitRow r = row; r != null && !ordered.containsKey(r.code()); r = r.parentCode() == null ? null
                    : byCode.get(r.parentCode())) {
                chain.add(r);
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                ordered.put(chain.get(i).code(), chain.get(i));
            }
        }
        return new ArrayList<>(ordered.values());
    }

    /** Each active person's closest leader: the leader of the nearest unit above them led by someone else. */
    private static Map<String, String> closestLeaders(List<Employee> active) {
        Map<String, String> leaders = new HashMap<>();
        for (Employee employee : active) {
            for (OrgUnit unit = employee.getUnit(); unit != null; unit = unit.getParent()) {
                Employee leader = unit.getLeader();
                if (leader != null && !leader.getId().equals(employee.getId())) {
                    leaders.put(employee.getUserId(), leader.getUserId());
                    break;
                }
            }
        }
        return leaders;
    }

    private static List<NewLeader> newLeaders(Map<String, String> before, Map<String, String> after) {
        Set<String> people = new java.util.TreeSet<>(before.keySet());
        people.addAll(after.keySet());
        return people.stream().filter(p -> !Objects.equals(before.get(p), after.get(p)))
                .map(p -> new NewLeader(p, before.get(p), after.get(p))).toList();
    }

    /**
     * The open leader tasks follow: for each old and new leader pair, one {@link UnitLeaderChanged},
     * whose listener moves the old leader's tasks for the people the new one now leads.
     */
    private void announce(List<NewLeader> newLeaders, List<Employee> active) {
        Map<String, String> unitOfPerson = active.stream()
                .collect(Collectors.toMap(Employee::getUserId, e -> e.getUnit().getCode()));
        Map<List<String>, String> pairs = new LinkedHashMap<>();
        newLeaders.stream().filter(n -> n.previousLeader() != null && n.leader() != null)
                .forEach(n -> pairs.putIfAbsent(List.of(n.previousLeader(), n.leader()), unitOfPerson.get(n.userId())));
        pairs.forEach((pair, unitCode) -> events.publishEvent(new UnitLeaderChanged(unitCode, pair.get(0), pair.get(1))));
    }
}
