package no.arshjul.organisation;

import no.arshjul.web.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fills an empty installation: the unit tree, the first employee file and the roles HR needs. Every step is idempotent, so it can run at every start.
 */
@Service
public class OrganisationBootstrap {

    private static final CSVFormat SEMICOLON_WITH_HEADER = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private final OrgUnitRepository units;
    private final EmployeeRepository employees;
    private final RoleAssignmentRepository roleAssignments;
    private final OrganisationImportService importService;
    private final UnitImportService unitImport;
    private final Texts texts;

    OrganisationBootstrap(OrgUnitRepository units, EmployeeRepository employees,
                          RoleAssignmentRepository roleAssignments, OrganisationImportService importService,
                          UnitImportService unitImport, Texts texts) {
        this.unitImport = unitImport;
        this.texts = texts;
        this.units = units;
        this.employees = employees;
        this.roleAssignments = roleAssignments;
        this.importService = importService;
    }

    /**
     * Units as {@code kode;navn;niva;overordnet}, only into an empty tree, through the same import
     * HR uses while Årshjul runs. A refused file stops the start with every bad line in the message.
     */
    @Transactional
    public void loadUnitsIfEmpty(String csv) {
        if (units.count() > 0) {
            return;
        }
        try {
            unitImport.importUnits(csv.getBytes(StandardCharsets.UTF_8));
        } catch (ImportRejectedException e) {
            throw new IllegalArgumentException(texts.bokmal("organisation.bootstrap.unitsRefused", e.getErrors().stream()
                    .map(error -> error.line() + " " + error.field() + ": " + error.message())
                    .collect(Collectors.joining("; "))), e);
        }
    }

    @Transactional
    public ImportReport importEmployees(byte[] csv) {
        return importService.importEmployees(csv, false);
    }

    /**
     * Roles as {@code brukernavn;rolle;fagforening}; assignments already there are left alone.
     * Nobody gets both hr and camunda-admin: the engine's admin group passes every authorization
     * (answers, other groups' tasks), so it belongs to technical operations, never to HR.
     */
    @Transactional
    public void assignRoles(String csv) {
        List<CSVRecord> rows = records(csv);
        Map<String, Employee> byUserId = employees.findByUserIdIn(rows.stream().map(r -> r.get("brukernavn")).toList())
                .stream().collect(Collectors.toMap(Employee::getUserId, e -> e));
        Set<String> assigned = roleAssignments.findByEmployeeIn(byUserId.values()).stream()
                .map(a -> a.getEmployee().getUserId() + ";" + a.getRole().groupId())
                .collect(Collectors.toCollection(HashSet::new));
        Set<String> inFile = rows.stream().map(r -> r.get("brukernavn") + ";" + r.get("rolle"))
                .collect(Collectors.toSet());
        List<RoleAssignment> added = new ArrayList<>();
        for (CSVRecord row : rows) {
            Employee employee = Optional.ofNullable(byUserId.get(row.get("brukernavn"))).orElseThrow(() ->
                    new IllegalArgumentException(texts.bokmal("organisation.bootstrap.unknownUser", row.get("brukernavn"))));
            Role role = Role.ofGroupId(row.get("rolle")).filter(Role::isAssigned).orElseThrow(() ->
                    new IllegalArgumentException(texts.bokmal("organisation.bootstrap.unknownRole", row.get("rolle"))));
            Role excluded = role == Role.HR ? Role.CAMUNDA_ADMIN : role == Role.CAMUNDA_ADMIN ? Role.HR : null;
            String excludedKey = excluded == null ? null : employee.getUserId() + ";" + excluded.groupId();
            if (excludedKey != null && (assigned.contains(excludedKey) || inFile.contains(excludedKey))) {
                throw new IllegalArgumentException(texts.bokmal("organisation.bootstrap.hrAndAdmin",
                        String.valueOf(row.getRecordNumber() + 1), employee.getUserId()));
            }
            if (assigned.add(employee.getUserId() + ";" + role.groupId())) {
                String union = row.isMapped("fagforening") ? row.get("fagforening") : "";
                added.add(new RoleAssignment(employee, role, union.isEmpty() ? null : union));
            }
        }
        roleAssignments.saveAll(added);
    }

    private List<CSVRecord> records(String csv) {
        try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            return SEMICOLON_WITH_HEADER.parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalArgumentException(texts.bokmal("organisation.bootstrap.unreadable", e.getMessage()), e);
        }
    }

}
