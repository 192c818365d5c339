package no.arshjul.security;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.stream.Stream;

/**
 * A new installation's HR people and its technical operations (camunda-admin, never HR) get the
 * initial password (ARSHJUL_BOOTSTRAP_INITIAL_PASSWORD) so they can log in and take over; they must
 * change it at their first log-in (/passord). Runs after the organisation bootstrap has loaded them.
 */
@Component
@Order(7)
@ConditionalOnProperty(prefix = "arshjul.bootstrap", name = "initial-password")
class InitialPasswords implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialPasswords.class);

    private final OrganisationService organisation;
    private final CredentialService credentials;
    private final String initialPassword;

    InitialPasswords(OrganisationService organisation, CredentialService credentials,
                     @Value("${arshjul.bootstrap.initial-password}") String initialPassword) {
        this.organisation = organisation;
        this.credentials = credentials;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (initialPassword.isBlank()) {
            return;
        }
        var userIds = Stream.of(Role.HR, Role.CAMUNDA_ADMIN)
                .flatMap(role -> organisation.membersOf(role).stream())
                .map(Employee::getUserId).distinct().toList();
        int given = credentials.giveInitialPasswordToChange(initialPassword, userIds);
        log.info("Initial password given to {} HR users without one", given);
    }
}
