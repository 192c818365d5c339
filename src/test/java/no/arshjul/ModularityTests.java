package no.arshjul;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Holds the house plan: every top-level package is a feature, features reach each other only
 * through their public types and never in a cycle. The generated diagrams in docs/architecture
 * are the map a newcomer reads.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ArshjulApplication.class);

    @Test
    void featuresFormNoCyclesAndUseOnlyEachOthersPublicTypes() {
        modules.verify();
    }

    @Test
    void writesTheArchitectureDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
