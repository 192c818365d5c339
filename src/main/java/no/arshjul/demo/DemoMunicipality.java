package no.arshjul.demo;

import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.ImportReport;
import no.arshjul.organisation.LevelType;
import no.arshjul.organisation.OrgUnit;
import no.arshjul.organisation.OrgUnitRepository;
import no.arshjul.organisation.OrganisationImportService;
import no.arshjul.organisation.Role;
import no.arshjul.organisation.RoleAssignment;
import no.arshjul.organisation.RoleAssignmentRepository;
import no.arshjul.security.CredentialService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fjordvik kommune, the fictional demo municipality. Loaded at every start in the demo profile and
 * idempotent: the employees go through the same import HR uses, so a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(5)
class DemoMunicipality implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);
    private static final CSVFormat SEMICOLON_WITH_HEADER = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final OrgUnitRepository units;
    private final EmployeeRepository employees;
    private final RoleAssignmentRepository roleAssignments;
    private final OrganisationImportService importService;
    private final CredentialService credentials;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    DemoMunicipality(OrgUnitRepository units, EmployeeRepository employees, RoleAssignmentRepository roleAssignments,
                     OrganisationImportService importService, CredentialService credentials,
                     PasswordEncoder passwordEncoder, @Value("${arshjul.demo.password}") String password) {
        this.units = units;
        this.employees = employees;
        this.roleAssignments = roleAssignments;
        this.importService = importService;
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (units.count() == 0) {
            for (CSVRecord unit : records("demo/fjordvik-enheter.csv")) {
                OrgUnit parent = unit.get("overordnet").isEmpty() ? null
                        : units.findByCode(unit.get("overordnet")).orElseThrow();
                units.save(new OrgUnit(unit.get("kode"), unit.get("navn"), LevelType.valueOf(unit.get("niva")), parent));
            }
        }
        ImportReport report = importService.importEmployees(
                new ClassPathResource("demo/fjordvik-ansatte.csv").getContentAsByteArray(), false);
        for (CSVRecord row : records("demo/fjordvik-roller.csv")) {
            var employee = employees.findByUserId(row.get("brukernavn")).orElseThrow();
            Role role = Role.ofGroupId(row.get("rolle")).orElseThrow();
            if (!roleAssignments.existsByEmployeeAndRole(employee, role.groupId())) {
                String union = row.get("fagforening");
                roleAssignments.save(new RoleAssignment(employee, role, union.isEmpty() ? null : union));
            }
        }
        // One hash for all: hashing is slow on purpose, and every demo user has the same password.
        String hash = null;
        for (var employee : employees.findAll()) {
            if (!credentials.hasPassword(employee.getUserId())) {
                hash = hash == null ? passwordEncoder.encode(password) : hash;
                credentials.setPasswordHash(employee.getUserId(), hash);
            }
        }
        log.info("Demo municipality Fjordvik kommune: {} employees ({} new, {} updated)",
                employees.count(), report.inserted().size(), report.updated().size());
    }

    private static List<CSVRecord> records(String path) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return SEMICOLON_WITH_HEADER.parse(reader).getRecords();
        }
    }
}
