package no.arshjul.organisation;

import no.arshjul.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The roles HR gives and takes while Årshjul runs. camunda-admin is not among them: it passes every
 * authorization of the engine, belongs to IT operations and is never HR's to give, and nobody may hold
 * it together with hr. A removed role is gone at the person's next request (the security layer reads
 * the roles afresh on each request). Every change is recorded in the organisation's change log.
 */
@Service
public class RoleAdministration {

    /** The roles HR manages. */
    public static final Set<Role> MANAGED = EnumSet.of(Role.HR, Role.RADMANN, Role.TILLITSVALGT,
            Role.KOMPETANSEFORUM, Role.PERSONVERNOMBUD);

    private static final int MAX_UNION = 100;

    private final EmployeeRepository employees;
    private final RoleAssignmentRepository assignments;
    private final OrganisationChangeLog changeLog;
    private final Texts texts;

    RoleAdministration(EmployeeRepository employees, RoleAssignmentRepository assignments,
                       OrganisationChangeLog changeLog, Texts texts) {
        this.employees = employees;
        this.assignments = assignments;
        this.changeLog = changeLog;
        this.texts = texts;
    }

    /** One role held by one person, as HR sees it. */
    public record RoleHolder(String userId, String name, String unit, boolean active, String role, String roleName,
                             String union) {
    }

    /** Every assigned role (camunda-admin included, so HR sees who holds it), by role and name. */
    @Transactional(readOnly = true)
    public List<RoleHolder> holders() {
        return assignments.findAll().stream()
                .map(a -> new RoleHolder(a.getEmployee().getUserId(), a.getEmployee().getFullName(),
                        a.getEmployee().getUnit().getName(), a.getEmployee().isActive(), a.getRole().groupId(),
                        texts.forCaller(a.getRole().textKey()), a.getUnionName()))
                .sorted(Comparator.comparing(RoleHolder::role).thenComparing(RoleHolder::name))
                .toList();
    }

    /** The roles HR may give, in the caller's language: group id and name. */
    public List<List<String>> managedRoles() {
        return MANAGED.stream().map(r -> List.of(r.groupId(), texts.forCaller(r.textKey()))).toList();
    }

    /** Gives a person a role; giving one they hold changes nothing (a union representative's union is updated). */
    @Transactional
    public RoleHolder assign(String userId, String roleId, String union) {
        Role role = managedRole(roleId);
        if (userId == null || userId.isBlank()) {
            throw refused(HttpStatus.BAD_REQUEST, "userId", "role.refused.userMissing");
        }
        Employee employee = employees.findByUserId(userId.trim())
                .orElseThrow(() -> refused(HttpStatus.BAD_REQUEST, "userId", "role.refused.unknownUser", userId));
        if (!employee.isActive()) {
            throw refused(HttpStatus.BAD_REQUEST, "userId", "role.refused.inactiveUser", userId);
        }
        List<RoleAssignment> held = assignments.findByEmployee(employee);
        if (role == Role.HR && held.stream().anyMatch(a -> a.getRole() == Role.CAMUNDA_ADMIN)) {
            throw refused(HttpStatus.BAD_REQUEST, "role", "role.refused.hrAndAdmin", userId);
        }
        String unionName = null;
        if (role == Role.TILLITSVALGT) {
            unionName = union == null ? "" : union.trim();
            if (unionName.isEmpty()) {
                throw refused(HttpStatus.BAD_REQUEST, "union", "role.refused.unionMissing");
            }
            if (unionName.length() > MAX_UNION || unionName.chars().anyMatch(Character::isISOControl)) {
                throw refused(HttpStatus.BAD_REQUEST, "union", "role.refused.unionInvalid", String.valueOf(MAX_UNION));
            }
        }
        RoleAssignment existing = held.stream().filter(a -> a.getRole() == role).findFirst().orElse(null);
        if (existing == null) {
            assignments.save(new RoleAssignment(employee, role, unionName));
            changeLog.record("role-added:" + role.groupId(), employee.getUserId(), null, unionName);
        } else if (unionName != null && !unionName.equals(existing.getUnionName())) {
            existing.changeUnion(unionName);
            changeLog.record("role-changed:" + role.groupId(), employee.getUserId(), null, unionName);
        }
        return new RoleHolder(employee.getUserId(), employee.getFullName(), employee.getUnit().getName(),
                employee.isActive(), role.groupId(), texts.forCaller(role.textKey()), unionName);
    }

    /** Takes a role from a person; the last active HR person keeps hr, so someone can still give it. */
    @Transactional
    public void remove(String userId, String roleId) {
        Role role = managedRole(roleId);
        Employee employee = employees.findByUserId(userId).orElseThrow(() -> new UnknownEmployeeException(userId));
        RoleAssignment assignment = assignments.findByEmployee(employee).stream().filter(a -> a.getRole() == role)
                .findFirst()
                .orElseThrow(() -> refused(HttpStatus.NOT_FOUND, "role", "role.refused.notHeld", userId, role.groupId()));
        if (role == Role.HR && employee.isActive() && assignments.findActiveEmployeesWithRole(Role.HR.groupId()).size() <= 1) {
            throw refused(HttpStatus.CONFLICT, "role", "role.refused.lastHr");
        }
        assignments.delete(assignment);
        changeLog.record("role-removed:" + role.groupId(), employee.getUserId(), null, assignment.getUnionName());
    }

    private Role managedRole(String roleId) {
        if (Role.CAMUNDA_ADMIN.groupId().equals(roleId)) {
            throw refused(HttpStatus.FORBIDDEN, "role", "role.refused.adminNotByHr");
        }
        return Role.ofGroupId(roleId).filter(MANAGED::contains).orElseThrow(() -> refused(HttpStatus.BAD_REQUEST,
                "role", "role.refused.unknownRole", String.valueOf(roleId),
                String.join(", ", MANAGED.stream().map(Role::groupId).toList())));
    }

    private RoleChangeRefusedException refused(HttpStatus status, String field, String key, Object... args) {
        return new RoleChangeRefusedException(status, field, texts.forCaller(key, args));
    }
}
