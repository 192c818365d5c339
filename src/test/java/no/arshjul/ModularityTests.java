package no.arshjul;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Holds the house plan: every top-level package is a feature, features reach each other only
 * through their public types and never in a cycle. The generated diagrams in docs/architecture
 * are the map a newcomer reads.
 */
class ModularityTests {

    private static final Path GENERATED = Path.of("target/modulith-docs");
    private static final Path DOCS = Path.of("docs/architecture");

    private final ApplicationModules modules = ApplicationModules.of(ArshjulApplication.class);

    @Test
    void featuresFormNoCyclesAndUseOnlyEachOthersPublicTypes() {
        modules.verify();
    }

    /** A feature's tables are its own: others ask its services, so its rules cannot be bypassed. */
    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArshjulApplication.class.getPackageName());
        for (ApplicationModule module : modules) {
            String feature = module.getBasePackage().getName() + "..";
            noClasses().that().resideOutsideOfPackage(feature)
                    .should().dependOnClassesThat(and(resideInAPackage(feature), assignableTo(Repository.class)))
                    .because("a feature's repositories are reached through its services")
                    .check(classes);
        }
    }

    @Test
    void writesTheArchitectureDiagrams() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.toList()) {
                copyWhenChanged(generated, DOCS.resolve(generated.getFileName()));
            }
        }
    }

    /** The generator orders relations differently from run to run; only a real change is written. */
    private static void copyWhenChanged(Path generated, Path committed) throws IOException {
        List<String> lines = Files.readAllLines(generated);
        if (Files.exists(committed) && new HashSet<>(Files.readAllLines(committed)).equals(new HashSet<>(lines))) {
            return;
        }
        Files.write(committed, lines);
    }
}
