package no.arshjul.organisation;

import no.arshjul.organisation.EmployeeCsvParser.ParsedFile;
import no.arshjul.organisation.EmployeeCsvParser.ParsedRow;
import no.arshjul.organisation.ImportReport.LeaderChange;
import no.arshjul.organisation.ImportReport.MissingEmployee;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the organisation in step with the payroll export. The file is checked as a whole first:
 * a single bad line rejects it and nothing is stored. A good file inserts and updates by employee
 * number and sets the leaders of the units it names; nobody is deactivated unless asked for.
 */
@Service
public class OrganisationImportService {

    private final OrgUnitRepository units;
    private final ApplicationEventPublisher events;
    private final ImportRefusals refusals;
    private final OrganisationChangeLog changeLog;
    private final EmployeeCsvParser parser = new EmployeeCsvParser();

    /** Rows written per flush; a multiple of the JDBC batch size (spring.jpa.properties.hibernate.jdbc.batch_size). */
    static final int CHUNK_SIZE = 500;

    @PersistenceContext
    private EntityManager entityManager;

    OrganisationImportService(OrgUnitRepository units, ApplicationEventPublisher events, ImportRefusals refusals,
                              OrganisationChangeLog changeLog) {
        this.units = units;
        this.events = events;
        this.refusals = refusals;
        this.changeLog = changeLog;
    }

    @Transactional
    public ImportReport importEmployees(byte[] csv, boolean deactivateMissing) {
        ParsedFile file = parser.parse(csv);
        List<ImportProblem> errors = new ArrayList<>(file.errors());
        Map<String, OrgUnit> unitsByCode = units.findAll().stream()
                .collect(Collectors.toMap(OrgUnit::getCode, u -> u));
        // Read-only: a flush then skips the people the file leaves as they are, which is most of them.
        Map<String, Employee> existing = entityManager.createQuery("select e from Employee e", Employee.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()
                .collect(Collectors.toMap(Employee::getEmployeeNumber, e -> e));

        errors.addAll(crossLineErrors(file.rows(), unitsByCode, existing));
        if (errors.isEmpty()) {
            errors.addAll(new LeaderCycleCheck(file.rows(), unitsByCode, existing).errors());
        }
        if (!errors.isEmpty()) {
            throw refusals.refuse(errors);
        }
        return apply(file.rows(), unitsByCode, existing, deactivateMissing);
    }

    private List<ImportProblem> crossLineErrors(List<ParsedRow> rows, Map<String, OrgUnit> unitsByCode,
                                                Map<String, Employee> existing) {
        List<ImportProblem> errors = new ArrayList<>();
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        Map<String, Integer> firstLineOfUserId = new HashMap<>();
        Map<String, Integer> firstLeaderLineOfUnit = new HashMap<>();
        Map<String, String> numberOfUserIdInDb = existing.values().stream()
                .collect(Collectors.toMap(Employee::getUserId, Employee::getEmployeeNumber));
        for (ParsedRow row : rows) {
            EmployeeData d = row.data();
            Integer earlier = firstLineOfNumber.putIfAbsent(d.employeeNumber(), row.line());
            if (earlier != null) {
                errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.EMPLOYEE_NUMBER,
                        "duplicateEmployeeNumber", d.employeeNumber(), earlier));
            }
            Integer earlierUser = firstLineOfUserId.putIfAbsent(d.userId(), row.line());
            if (earlierUser != null) {
                errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.USER_ID,
                        "duplicateUserId", d.userId(), earlierUser));
            }
            String holder = numberOfUserIdInDb.get(d.userId());
            if (holder != null && !holder.equals(d.employeeNumber())) {
                errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.USER_ID,
                        "userIdTaken", d.userId(), holder));
            }
            OrgUnit unit = unitsByCode.get(d.unitCode());
            if (unit == null) {
                errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.UNIT, "unknownUnit", d.unitCode()));
            } else if (unit.isClosed() && d.active()) {
                // a leaver may stay in the unit that closed after they left; nobody active works there
                errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.UNIT, "unitClosed", d.unitCode()));
            }
            for (String led : d.leads()) {
                if (!unitsByCode.containsKey(led)) {
                    errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.LEADS, "unknownUnit", led));
                    continue;
                }
                if (unitsByCode.get(led).isClosed()) {
                    errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.LEADS, "unitClosed", led));
                }
                if (!d.active()) {
                    errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.LEADS, "inactiveLeader", led));
                }
                Integer otherLeader = firstLeaderLineOfUnit.putIfAbsent(led, row.line());
                if (otherLeader != null) {
                    errors.add(ImportProblem.of(row.line(), EmployeeCsvParser.LEADS, "unitHasLeader", led, otherLeader));
                }
            }
        }
        return errors;
    }

    private ImportReport apply(List<ParsedRow> rows, Map<String, OrgUnit> unitsByCode,
                               Map<String, Employee> existing, boolean deactivateMissing) {
        Session session = entityManager.unwrap(Session.class);
        List<String> inserted = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        int unchanged = 0;
        Map<String, Employee> inFile = new LinkedHashMap<>();
        List<Employee> writtenInChunk = new ArrayList<>();
        for (ParsedRow row : rows) {
            EmployeeData d = row.data();
            OrgUnit unit = unitsByCode.get(d.unitCode());
            Employee employee = existing.get(d.employeeNumber());
            if (employee == null) {
                employee = new Employee(d.employeeNumber());
                employee.update(d, unit);
                entityManager.persist(employee);
                writtenInChunk.add(employee);
                inserted.add(d.employeeNumber());
                if (d.active()) {
                    joined.add(d.userId());
                }
            } else if (employee.sameAs(d, unit)) {
                unchanged++;
            } else {
                session.setReadOnly(employee, false);
                employee.update(d, unit);
                writtenInChunk.add(employee);
                updated.add(d.employeeNumber());
            }
            inFile.put(d.employeeNumber(), employee);
            if (writtenInChunk.size() == CHUNK_SIZE) {
                writeChunk(session, writtenInChunk);
            }
        }
        writeChunk(session, writtenInChunk);

        List<UnitLeaderChanged> leaderChanges = applyLeadership(rows, unitsByCode, inFile);

        List<Employee> missing = existing.values().stream()
                .filter(e -> e.isActive() && !inFile.containsKey(e.getEmployeeNumber()))
                .sorted((a, b) -> a.getEmployeeNumber().compareTo(b.getEmployeeNumber()))
                .toList();
        List<MissingEmployee> missingReport = missing.stream()
                .map(e -> new MissingEmployee(e.getEmployeeNumber(), e.getUserId(), e.getFullName(),
                        e.getUnit().getName()))
                .toList();
        if (deactivateMissing) {
            missing.forEach(e -> {
                session.setReadOnly(e, false);
                e.deactivate();
            });
            unitsByCode.values().stream()
                    .filter(u -> u.getLeader() != null && !u.getLeader().isActive())
                    .forEach(u -> u.setLeader(null));
        }
        entityManager.flush();

        // Listeners may query the organisation, so they hear of the changes once all are written.
        if (!joined.isEmpty()) {
            events.publishEvent(new EmployeesJoined(joined));
        }
        leaderChanges.forEach(events::publishEvent);
        // A new leader may read the people's appraisals: the change is recorded like HR's other changes.
        leaderChanges.forEach(c -> changeLog.record("unit-leader-changed", null, c.unitCode(),
                c.previousLeaderUserId() + " → " + c.newLeaderUserId()));
        List<LeaderChange> leaderReport = leaderChanges.stream()
                .map(c -> new LeaderChange(c.unitCode(), unitsByCode.get(c.unitCode()).getName(),
                        c.previousLeaderUserId(), c.newLeaderUserId()))
                .toList();
        return new ImportReport(rows.size(), inserted, updated, unchanged, missingReport, deactivateMissing,
                leaderReport);
    }

    /**
     * Sends a chunk's inserts and updates in JDBC batches, then lets go of the rows, so each flush
     * only has to check the next chunk and the persistence context does not grow with the file.
     */
    private void writeChunk(Session session, List<Employee> written) {
        if (written.isEmpty()) {
            return;
        }
        entityManager.flush();
        for (Employee employee : written) {
            session.setReadOnly(employee, true);
        }
        written.clear();
    }

    /** Each employee in the file leads exactly the units in their leder_for column. */
    private List<UnitLeaderChanged> applyLeadership(List<ParsedRow> rows, Map<String, OrgUnit> unitsByCode,
                                                    Map<String, Employee> inFile) {
        Map<String, Employee> newLeaderOfUnit = new HashMap<>();
        for (ParsedRow row : rows) {
            row.data().leads().forEach(code -> newLeaderOfUnit.put(code, inFile.get(row.data().employeeNumber())));
        }
        List<UnitLeaderChanged> changes = new ArrayList<>();
        for (OrgUnit unit : unitsByCode.values()) {
            Employee previous = unit.getLeader();
            boolean previousInFile = previous != null && inFile.containsKey(previous.getEmployeeNumber());
            // A unit nobody in the file claims keeps its leader, unless that leader is in the file.
            Employee next = newLeaderOfUnit.containsKey(unit.getCode()) ? newLeaderOfUnit.get(unit.getCode())
                    : previousInFile ? null : previous;
            if (!Objects.equals(previous == null ? null : previous.getId(), next == null ? null : next.getId())) {
                unit.setLeader(next);
                changes.add(new UnitLeaderChanged(unit.getCode(),
                        previous == null ? null : previous.getUserId(), next == null ? null : next.getUserId()));
            }
        }
        changes.sort((a, b) -> a.unitCode().compareTo(b.unitCode()));
        return changes;
    }

    /**
     * Refuses a file after which following "who is my leader" from some person comes back to them.
     * Works on the organisation as it would be after the import, without touching the database.
     */
    private static final class LeaderCycleCheck {
        private final Map<String, String> parentOfUnit = new HashMap<>();
        private final Map<String, String> leaderOfUnit = new HashMap<>();
        private final Map<String, String> unitOfEmployee = new HashMap<>();
        private final Map<String, Integer> lineOfEmployee = new HashMap<>();

        LeaderCycleCheck(List<ParsedRow> rows, Map<String, OrgUnit> units, Map<String, Employee> existing) {
            Set<String> inFile = rows.stream().map(r -> r.data().employeeNumber()).collect(Collectors.toSet());
            for (OrgUnit u : units.values()) {
                parentOfUnit.put(u.getCode(), u.getParent() == null ? null : u.getParent().getCode());
                Employee leader = u.getLeader();
                if (leader != null && !inFile.contains(leader.getEmployeeNumber())) {
                    leaderOfUnit.put(u.getCode(), leader.getEmployeeNumber());
                }
            }
            existing.values().forEach(e -> unitOfEmployee.put(e.getEmployeeNumber(), e.getUnit().getCode()));
            for (ParsedRow row : rows) {
                EmployeeData d = row.data();
                unitOfEmployee.put(d.employeeNumber(), d.unitCode());
                lineOfEmployee.put(d.employeeNumber(), row.line());
                d.leads().forEach(code -> leaderOfUnit.put(code, d.employeeNumber()));
            }
        }

        List<ImportProblem> errors() {
            List<ImportProblem> errors = new ArrayList<>();
            Set<Set<String>> reported = new java.util.HashSet<>();
            for (String start : lineOfEmployee.keySet()) {
                LinkedHashSet<String> path = new LinkedHashSet<>();
                String current = start;
                while (current != null && path.add(current)) {
                    current = leaderOf(current);
                }
                if (current == null) {
                    continue;
                }
                List<String> cycle = cycleFrom(path, current);
                if (reported.add(Set.copyOf(cycle))) {
                    String description = String.join(" → ", cycle) + " → " + cycle.get(0);
                    cycle.stream().filter(lineOfEmployee::containsKey).forEach(number -> errors.add(
                            ImportProblem.of(lineOfEmployee.get(number), EmployeeCsvParser.LEADS, "leaderCycle", description)));
                }
            }
            return errors;
        }

        private String leaderOf(String employeeNumber) {
            for (String unit = unitOfEmployee.get(employeeNumber); unit != null; unit = parentOfUnit.get(unit)) {
                String leader = leaderOfUnit.get(unit);
                if (leader != null && !leader.equals(employeeNumber)) {
                    return leader;
                }
            }
            return null;
        }

        private static List<String> cycleFrom(LinkedHashSet<String> path, String first) {
            List<String> ordered = new ArrayList<>(path);
            return ordered.subList(ordered.indexOf(first), ordered.size());
        }
    }
}
