package no.arshjul.organisation;

import no.arshjul.security.CredentialService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production installation without the demo: its first organisation comes from the municipality's files. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bootstrap-test;DB_CLOSE_DELAY=-1",
        "arshjul.bootstrap.units-file=src/test/resources/bootstrap/enheter.csv",
        "arshjul.bootstrap.employees-file=src/test/resources/bootstrap/ansatte.csv",
        "arshjul.bootstrap.roles-file=src/test/resources/bootstrap/roller.csv",
        "arshjul.bootstrap.initial-password=bytt-meg-straks"})
@ActiveProfiles("test")
class FileBootstrapTest {

    @Autowired
    EmployeeRepository employees;
    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identityService;
    @Autowired
    CredentialService credentials;
    @Autowired
    FileBootstrap bootstrap;
    @Autowired
    OrganisationBootstrap organisationBootstrap;

    @Test
    void theFirstOrganisationComesFromTheFilesAndOnlyHrAndOperationsGetThePassword() {
        assertThat(employees.count()).as("no demo people outside the demo profile").isEqualTo(5);
        assertThat(organisation.leaderChainOf("laerer")).extracting(Employee::getUserId)
                .containsExactly("rektor", "ragnhild");
        assertThat(organisation.rolesOf("hanne")).contains(Role.HR, Role.LEADER).doesNotContain(Role.CAMUNDA_ADMIN);
        assertThat(organisation.rolesOf("drift")).contains(Role.CAMUNDA_ADMIN).doesNotContain(Role.HR);

        // HR and operations have it, to change at first log-in (InitialPasswordChangeTest); nobody else has one.
        assertThat(credentials.mustChangePassword("hanne")).isTrue();
        assertThat(credentials.mustChangePassword("drift")).isTrue();
        assertThat(credentials.hasPassword("laerer")).isFalse();
        assertThat(credentials.hasPassword("ragnhild")).isFalse();
        assertThat(identityService.checkPassword("laerer", "bytt-meg-straks")).isFalse();
    }

    @Test
    void hrIsNeverGivenTheEnginesAdminGroup() {
        assertThatThrownBy(() -> organisationBootstrap.assignRoles("brukernavn;rolle;fagforening\nrektor;hr;\nrektor;camunda-admin;\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linje 2").hasMessageContaining("rektor").hasMessageContaining("camunda-admin");
        assertThatThrownBy(() -> organisationBootstrap.assignRoles("brukernavn;rolle;fagforening\nhanne;camunda-admin;\n"))
                .as("hanne already has hr").hasMessageContaining("hanne");
        assertThat(organisation.rolesOf("rektor")).doesNotContain(Role.HR, Role.CAMUNDA_ADMIN);
        assertThat(organisation.rolesOf("hanne")).doesNotContain(Role.CAMUNDA_ADMIN);
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        long before = employees.count();

        bootstrap.run(new DefaultApplicationArguments());

        assertThat(employees.count()).isEqualTo(before);
        assertThat(organisation.rolesOf("hanne")).contains(Role.HR);
    }
}
