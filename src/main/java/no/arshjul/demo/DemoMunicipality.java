package no.arshjul.demo;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.ImportReport;
import no.arshjul.organisation.OrganisationBootstrap;
import no.arshjul.security.CredentialService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fjordvik kommune, the fictional demo municipality, loaded at every start in the demo profile.
 * The employees go through the same import HR uses, so a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(5)
class DemoMunicipality implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

    private final OrganisationBootstrap bootstrap;
    private final OrganisationService organisation;
    private final CredentialService credentials;
    private final String password;

    DemoMunicipality(OrganisationBootstrap bootstrap, OrganisationService organisation, CredentialService credentials,
                     @Value("${arshjul.demo.password}") String password) {
        this.bootstrap = bootstrap;
        this.organisation = organisation;
        this.credentials = credentials;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        bootstrap.loadUnitsIfEmpty(text("demo/fjordvik-enheter.csv"));
        ImportReport report = bootstrap.importEmployees(
                new ClassPathResource("demo/fjordvik-ansatte.csv").getContentAsByteArray());
        bootstrap.assignRoles(text("demo/fjordvik-roller.csv"));
        credentials.giveInitialPassword(password, organisation.allEmployees().stream().map(Employee::getUserId).toList());
        log.info("Demo municipality Fjordvik kommune: {} employees ({} new, {} updated)",
                organisation.allEmployees().size(), report.inserted().size(), report.updated().size());
    }

    private static String text(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
