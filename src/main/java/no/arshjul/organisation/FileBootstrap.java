package no.arshjul.organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new production installation's first organisation, from files the municipality provides
 * (ARSHJUL_BOOTSTRAP_*): the unit tree, the payroll export and the HR people. Later changes go
 * through HR's import.
 */
@Component
@Order(6)
@ConditionalOnProperty(prefix = "arshjul.bootstrap", name = "units-file")
class FileBootstrap implements ApplicationRunner {

    private final OrganisationBootstrap bootstrap;
    private final Properties properties;

    FileBootstrap(OrganisationBootstrap bootstrap, Properties properties) {
        this.bootstrap = bootstrap;
        this.properties = properties;
    }

    @ConfigurationProperties(prefix = "arshjul.bootstrap")
    record Properties(Path unitsFile, Path employeesFile, Path rolesFile) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        bootstrap.loadUnitsIfEmpty(Files.readString(properties.unitsFile()));
        if (properties.employeesFile() != null) {
            bootstrap.importEmployees(Files.readAllBytes(properties.employeesFile()));
        }
        if (properties.rolesFile() != null) {
            bootstrap.assignRoles(Files.readString(properties.rolesFile()));
        }
    }
}
