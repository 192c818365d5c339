package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Deploys every model in processes/ and forms/ at start-up as one deployment. Unchanged files make
 * no new version. When one file has changed, all are deployed again together, because a task's
 * form is looked up in the process's own deployment (formRefBinding="deployment"). A model that
 * would run code (a script, a foreign class, an expression outside the allow-list) stops start-up
 * with nothing deployed, like HR's uploads are refused.
 */
@Component
@Order(20)
public class ModelFolderDeployment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ModelFolderDeployment.class);
    private static final Set<String> PROCESS_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml");
    private static final Set<String> FORM_SUFFIXES = Set.of(".form");

    private final RepositoryService repositoryService;
    private final ModelProperties properties;
    private final ApplicationContext applicationContext;
    private final FormTexts texts;

    public ModelFolderDeployment(RepositoryService repositoryService, ModelProperties properties,
                                 ApplicationContext applicationContext, FormTexts texts) {
        this.repositoryService = repositoryService;
        this.properties = properties;
        this.applicationContext = applicationContext;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy(properties.processesDir(), properties.formsDir(), properties.deploymentName());
    }

    public record Result(String deploymentId, boolean created, int resources) {
    }

    public Result deploy(Path processesDir, Path formsDir, String deploymentName) {
        List<Path> files = Stream.concat(modelFiles(processesDir, PROCESS_SUFFIXES), modelFiles(formsDir, FORM_SUFFIXES))
                .toList();
        if (files.isEmpty()) {
            log.warn("No models found in {} or {}; nothing deployed", processesDir.toAbsolutePath(),
                    formsDir.toAbsolutePath());
            return new Result(null, false, 0);
        }
        refuseCode(files, processesDir, formsDir);
        Deployment previous = latestDeployment(deploymentName);
        String previousId = previous == null ? null : previous.getId();
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(deploymentName)
                .source("filesystem")
                .enableDuplicateFiltering(false);
        for (Path file : files) {
            builder.addInputStream(resourceName(file, processesDir, formsDir), new ByteArrayInputStream(read(file)));
        }
        Deployment deployment = builder.deploy();
        boolean created = !deployment.getId().equals(previousId);
        log.info("Models from {} and {}: {} files, {}", processesDir.toAbsolutePath(), formsDir.toAbsolutePath(),
                files.size(), created ? "deployed as " + deployment.getId() : "unchanged since " + previousId);
        if (created && previous != null) {
            warnAboutRunTimeChanges(previous.getDeploymentTime());
        }
        return new Result(deployment.getId(), created, files.size());
    }

    /** The same no-code rules as HR's uploads; throws, with every finding logged, before anything is deployed. */
    private void refuseCode(List<Path> files, Path processesDir, Path formsDir) {
        List<Finding> findings = new ArrayList<>();
        for (Path path : files) {
            ModelFile file = new ModelFile(resourceName(path, processesDir, formsDir), read(path));
            file.kind().ifPresent(kind -> {
                switch (kind) {
                    case BPMN -> CodeInModelRules.checkBpmn(file, applicationContext::containsBean, texts, findings);
                    case DMN -> CodeInModelRules.checkDmn(file, texts, findings);
                    case FORM -> { }
                }
            });
        }
        if (!findings.isEmpty()) {
            String text = findings.stream().map(f -> f.text(texts)).collect(Collectors.joining("\n"));
            log.error("Start-up stopped: models in {} would run code, and nothing was deployed. Correct them:\n{}",
                    processesDir.toAbsolutePath(), text);
            throw new IllegalStateException(texts.get("model.startup.notDeployed", processesDir.toString(), text));
        }
    }

    /** HR's run-time changes made since the folders were last deployed are no longer the newest versions. */
    private void warnAboutRunTimeChanges(Date since) {
        List<String> runTime = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .deploymentAfter(since).list().stream()
                .map(d -> d.getId() + " (" + d.getSource() + ", " + d.getDeploymentTime().toInstant() + ")").toList();
        if (!runTime.isEmpty()) {
            log.warn("The models in the folders replaced newer models HR deployed at run time: {}. If the folders did "
                    + "not include HR's changes, download the current models from /modeller (zip) and roll back there.",
                    runTime);
        }
    }

    private Deployment latestDeployment(String deploymentName) {
        return repositoryService.createDeploymentQuery().deploymentName(deploymentName)
                .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    }

    private static String resourceName(Path file, Path processesDir, Path formsDir) {
        Path base = file.startsWith(processesDir) ? processesDir : formsDir;
        String folder = base == processesDir ? "processes/" : "forms/";
        return folder + base.relativize(file).toString().replace('\\', '/');
    }

    private static Stream<Path> modelFiles(Path dir, Set<String> suffixes) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> suffixes.stream().anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list models in " + dir, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model " + file, e);
        }
    }
}
