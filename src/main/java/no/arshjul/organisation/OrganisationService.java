package no.arshjul.organisation;

import java.util.Collection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.arshjul.TransactionMemo;
import no.arshjul.web.Texts;
import org.hibernate.Hibernate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers who someone's leader is and which roles they hold, from the organisation tree.
 * A person's leader is the leader of the nearest unit above them that is led by somebody else:
 * employee → unit leader → kommunalsjef → rådmann.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private static final String PEOPLE = "employee-by-user-id";
    private static final String PEOPLE_BY_NUMBER = "employee-by-number";

    private final EmployeeRepository employees;
    private final OrgUnitRepository units;
    private final RoleAssignmentRepository roleAssignments;
    private final Texts texts;
    private final NamedParameterJdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    OrganisationService(EmployeeRepository employees, OrgUnitRepository units,
                        RoleAssignmentRepository roleAssignments, Texts texts, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.employees = employees;
        this.units = units;
        this.roleAssignments = roleAssignments;
    }

    /** Remembered for the rest of the transaction: a launch batch's tasks ask for the same people again and again. */
    public Optional<Employee> findByUserId(String userId) {
        return TransactionMemo.get(PEOPLE, userId, (Employee known) -> entityManager.contains(known)
                && userId.equals(known.getUserId()), () -> remembered(employees.findByUserId(userId)));
    }

    /** By employee number, as a case's business key names the person; remembered like {@link #findByUserId}. */
    public Optional<Employee> findByEmployeeNumber(String employeeNumber) {
        return TransactionMemo.get(PEOPLE_BY_NUMBER, employeeNumber, (Employee known) -> entityManager.contains(known)
                && employeeNumber.equals(known.getEmployeeNumber()), () -> employees.findByEmployeeNumber(employeeNumber));
    }

    /**
     * The person with this number if the transaction has them already (a launch batch's people, or
     * someone found by user id), without a call through the service: asked for every task a batch makes.
     */
    public static Optional<Employee> rememberedByEmployeeNumber(String employeeNumber) {
        return TransactionMemo.<Employee>remembered(PEOPLE_BY_NUMBER, employeeNumber)
                .filter(known -> employeeNumber.equals(known.getEmployeeNumber()));
    }

    /** The user ids of the people with these employee numbers, in one query; a number nobody has is left out. */
    public Map<String, String> userIdsByEmployeeNumber(Collection<String> employeeNumbers) {
        if (employeeNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> userIds = new HashMap<>();
        List<String> numbers = List.copyOf(Set.copyOf(employeeNumbers));
        // in parts, so every database takes the list
        for (int from = 0; from < numbers.size(); from += 1000) {
            jdbc.query("select employee_number, user_id from employee where employee_number in (:numbers)",
                    Map.of("numbers", numbers.subList(from, Math.min(numbers.size(), from + 1000))),
                    (ResultSet row) -> {
                        userIds.put(row.getString(1), row.getString(2));
                    });
        }
        return userIds;
    }

    /** A person found by user id is found by number too for the rest of the transaction. */
    private Optional<Employee> remembered(Optional<Employee> found) {
        found.ifPresent(e -> TransactionMemo.putAll(PEOPLE_BY_NUMBER, Map.of(e.getEmployeeNumber(), e)));
        return found;
    }

    /** The one person with this e-mail address (any case); empty when nobody or several have it. */
    public Optional<Employee> findByEmail(String email) {
        List<Employee> found = employees.findByEmailIgnoreCase(email);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Remembers people already loaded (a launch batch's) for the rest of the transaction, so the
     * titles and notices of their new tasks find them without a query each.
     */
    public void rememberPeople(Collection<Employee> people) {
        Map<String, Employee> byUserId = new HashMap<>();
        Map<String, Employee> byNumber = new HashMap<>();
        people.forEach(p -> {
            byUserId.put(p.getUserId(), p);
            byNumber.put(p.getEmployeeNumber(), p);
        });
        TransactionMemo.putAll(PEOPLE, byUserId);
        TransactionMemo.putAll(PEOPLE_BY_NUMBER, byNumber);
    }

    public Optional<Employee> closestLeaderOf(String userId) {
        return findByUserId(userId).flatMap(this::closestLeaderOf);
    }

    public Optional<Employee> closestLeaderOf(Employee employee) {
        for (OrgUnit unit = employee.getUnit(); unit != null; unit = unit.getParent()) {
            Employee leader = unit.getLeader();
            if (leader != null && !leader.getId().equals(employee.getId())) {
                return Optional.of(Hibernate.unproxy(leader, Employee.class));
            }
        }
        return Optional.empty();
    }

    /** A person's full name and their closest leader's (null when they have none). */
    public record NameAndLeader(String name, String leaderName) {
    }

    /**
     * The names of many people and of their closest leaders, by user id (unknown people are
     * absent): the leader is the one {@link #closestLeaderOf(Employee)} gives, found by one query
     * that walks the unit tree upwards in the database, however many people are asked about (a task
     * list's titles, on every inbox).
     */
    public Map<String, NameAndLeader> namesAndClosestLeadersOf(Collection<String> userIds) {
        Map<String, NameAndLeader> names = new HashMap<>();
        List<String> wanted = userIds.stream().filter(id -> id != null).distinct().toList();
        for (int from = 0; from < wanted.size(); from += 500) {
            jdbc.query(NAMES_AND_CLOSEST_LEADERS, Map.of("userIds", wanted.subList(from, Math.min(from + 500, wanted.size()))),
                    row -> {
                        String leaderFirst = row.getString("leader_first_name");
                        names.putIfAbsent(row.getString("user_id"), new NameAndLeader(
                                Employee.fullName(row.getString("first_name"), row.getString("last_name")),
                                leaderFirst == null ? null : Employee.fullName(leaderFirst, row.getString("leader_last_name"))));
                    });
        }
        return names;
    }

    /**
     * Each person with the leaders of their units from their own to the top (at most 50 levels: a
     * hand-edited cycle ends), nearest led by another first; a person led by nobody comes once, without.
     */
    private static final String NAMES_AND_CLOSEST_LEADERS = """
            with recursive up (person_id, unit_id, steps) as (
                select e.id, e.unit_id, 0 from employee e where e.user_id in (:userIds)
                union all
                select up.person_id, u.parent_id, up.steps + 1 from up join org_unit u on u.id = up.unit_id
                where u.parent_id is not null and up.steps < 50
            ),
            leaders (person_id, steps, first_name, last_name) as (
                select up.person_id, up.steps, l.first_name, l.last_name
                from up
                join org_unit u on u.id = up.unit_id
                join employee l on l.id = u.leader_id and l.id <> up.person_id
            )
            select p.user_id, p.first_name, p.last_name,
                   leaders.first_name as leader_first_name, leaders.last_name as leader_last_name
            from employee p
            left join leaders on leaders.person_id = p.id
            where p.user_id in (:userIds)
            order by p.user_id, leaders.steps
            """;

    /** The leaders above a person, closest first, ending at the top of the municipality. */
    public List<Employee> leaderChainOf(String userId) {
        Employee employee = employees.findByUserId(userId)
                .orElseThrow(() -> new UnknownEmployeeException(userId));
        List<Employee> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(employee.getId());
        Optional<Employee> next = closestLeaderOf(employee);
        // The import refuses cycles; the guard keeps a hand-edited database from looping forever.
        while (next.isPresent() && seen.add(next.get().getId())) {
            chain.add(next.get());
            next = closestLeaderOf(next.get());
        }
        return chain;
    }

    /**
     * The people a leader is closest leader for, by the unit the leader leads that they belong to:
     * everyone in the unit and its sub-units, except that a sub-unit with a leader of its own
     * reports through that leader (who is then one of the people). In the order of the tree.
     */
    public Map<OrgUnit, List<Employee>> reportsByUnit(String leaderUserId) {
        Map<OrgUnit, List<Employee>> reports = new LinkedHashMap<>();
        Optional<Employee> leader = employees.findByUserId(leaderUserId);
        if (leader.isEmpty()) {
            return reports;
        }
        for (OrgUnit unit : units.findByLeader(leader.get())) {
            List<Employee> people = new ArrayList<>();
            collectReports(unit, leader.get(), people, new HashSet<>());
            reports.put(unit, people);
        }
        return reports;
    }

    private void collectReports(OrgUnit unit, Employee leader, List<Employee> people, Set<Long> seen) {
        if (!seen.add(unit.getId())) {
            return;
        }
        employees.findByUnitAndActiveTrue(unit).stream().sorted(Employee.BY_NAME)
                .filter(e -> !e.getId().equals(leader.getId())).forEach(people::add);
        for (OrgUnit child : units.findByParent(unit)) {
            Employee childLeader = child.getLeader();
            if (childLeader == null || childLeader.getId().equals(leader.getId())) {
                collectReports(child, leader, people, seen);
            } else if (childLeader.isActive() && people.stream().noneMatch(p -> p.getId().equals(childLeader.getId()))) {
                people.add(Hibernate.unproxy(childLeader, Employee.class));
            }
        }
    }

    /** The Camunda groups a person is a member of; an inactive person has none. */
    public Set<Role> rolesOf(Employee employee) {
        if (!employee.isActive()) {
            return new LinkedHashSet<>();
        }
        return roles(units.findLevelTypesLedBy(employee),
                roleAssignments.findByEmployee(employee).stream().map(RoleAssignment::getRole).toList());
    }

    /**
     * The roles of the active person with this user id, empty when there is none: every request's
     * role check, so one statement reads whether they are active, what they lead and what HR gave them.
     */
    public Optional<Set<Role>> rolesOfActive(String userId) {
        List<LevelType> led = new ArrayList<>();
        List<Role> assigned = new ArrayList<>();
        boolean[] active = {false};
        jdbc.query(ROLE_SOURCES, Map.of("userId", userId), row -> {
            String name = row.getString("name");
            switch (row.getString("kind")) {
                case "active" -> active[0] = true;
                case "leads" -> led.add(LevelType.valueOf(name));
                default -> Role.ofGroupId(name).ifPresent(assigned::add);
            }
        });
        return active[0] ? Optional.of(roles(led, assigned)) : Optional.empty();
    }

    private static final String ROLE_SOURCES = """
            select 'active' as kind, null as name from employee e where e.user_id = :userId and e.active
            union all
            select 'leads', u.level_type from employee e join org_unit u on u.leader_id = e.id
            where e.user_id = :userId and e.active
            union all
            select 'assigned', r.role from employee e join role_assignment r on r.employee_id = e.id
            where e.user_id = :userId and e.active
            """;

    /** An active person's roles, from the levels of the units they lead and the roles HR gave them. */
    private static Set<Role> roles(List<LevelType> led, List<Role> assigned) {
        Set<Role> roles = new LinkedHashSet<>();
        roles.add(Role.EMPLOYEE);
        if (!led.isEmpty()) {
            roles.add(Role.LEADER);
        }
        if (led.contains(LevelType.SEKTOR)) {
            roles.add(Role.KOMMUNALSJEF);
        }
        roles.addAll(assigned);
        return roles;
    }

    public Set<Role> rolesOf(String userId) {
        return employees.findByUserId(userId).map(this::rolesOf).orElse(Set.of());
    }

    /** The leader of the unit, or of the nearest unit above it that has one. */
    public Optional<Employee> leaderOfUnit(String unitCode) {
        for (OrgUnit unit = units.findByCode(unitCode).orElse(null); unit != null; unit = unit.getParent()) {
            if (unit.getLeader() != null) {
                return Optional.of(Hibernate.unproxy(unit.getLeader(), Employee.class));
            }
        }
        return Optional.empty();
    }

    /** The name of the top of the tree: the municipality itself, in bokmål (it heads the SKUP document). */
    public String municipalityName() {
        return units.findByLevelTypeAndClosedAtIsNullOrderByCode(LevelType.KOMMUNE).stream().findFirst().map(OrgUnit::getName)
                .orElseGet(() -> texts.bokmal("organisation.municipalityFallback"));
    }

    public List<String> unitCodesAt(LevelType level) {
        return units.findByLevelTypeAndClosedAtIsNullOrderByCode(level).stream().map(OrgUnit::getCode).toList();
    }

    public List<Employee> membersOf(Role role) {
        return switch (role) {
            case EMPLOYEE -> employees.findByActiveTrue();
            case LEADER -> units.findActiveLeaders();
            case KOMMUNALSJEF -> units.findActiveLeadersAtLevel(LevelType.SEKTOR);
            default -> roleAssignments.findActiveEmployeesWithRole(role.groupId());
        };
    }

    public List<Employee> activeEmployees() {
        return employees.findByActiveTrue();
    }

    public List<Employee> allEmployees() {
        return employees.findAll();
    }

    public List<Employee> employeesWithUserIds(Collection<String> userIds) {
        return employees.findByUserIdIn(userIds);
    }

    /** Every unit, closed ones too: records of earlier years still point to them. */
    public List<OrgUnit> allUnits() {
        return units.findAll();
    }

    /** An open unit as HR's page lists it. */
    public record UnitSummary(String code, String name, String level, String parentCode, String leaderName) {
    }

    /** The open units by code, with their parent and leader. */
    public List<UnitSummary> openUnitSummaries() {
        return units.findByClosedAtIsNull().stream()
                .map(u -> new UnitSummary(u.getCode(), u.getName(), u.getLevelType().name(),
                        u.getParent() == null ? "" : u.getParent().getCode(),
                        u.getLeader() == null ? "" : u.getLeader().getFullName()))
                .sorted(java.util.Comparator.comparing(UnitSummary::code)).toList();
    }

    /** The units that are open now. */
    public List<OrgUnit> openUnits() {
        return units.findByClosedAtIsNull();
    }

    public boolean unitExists(String code) {
        return units.findByCode(code).filter(u -> !u.isClosed()).isPresent();
    }
}
