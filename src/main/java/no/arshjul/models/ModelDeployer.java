package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks and deploys HR's models at run time: completes the upload with the forms or processes it
 * needs, validates all of it, compares it with what runs now, and deploys it as a new version that
 * new instances use. A roll back deploys an earlier version's files again as the newest version.
 * Engine calls run as the caller, so the engine's DEPLOYMENT authorization applies too.
 */
@Service
public class ModelDeployer {

    /** The name of every deployment made through Årshjul at run time. */
    public static final String DEPLOYMENT_NAME = "arshjul-hr";

    /** One model version in a result: kind, key, version, definition id. */
    public record DefinitionRef(ModelKind kind, String key, int version, String id) {
    }

    /** What HR sees before deploying: the files, what was added and why, findings, and the differences. */
    public record Check(List<ModelFile> uploaded, List<DeploymentCompletion.Included> included, ValidationReport report,
                        List<ModelChange> changes, List<String> notes) {

        public List<ModelFile> all() {
            return Stream.concat(uploaded.stream(), included.stream().map(DeploymentCompletion.Included::file)).toList();
        }
    }

    public record Deployed(String deploymentId, Instant deployedAt, List<DefinitionRef> definitions, Check check) {
    }

    private final ModelValidator validator;
    private final DeploymentCompletion completion;
    private final ModelDiff diff;
    private final DeployedModels deployed;
    private final RepositoryService repositoryService;
    private final DeploymentLogRepository log;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final FormTexts texts;
    private final Texts storedTexts;

    ModelDeployer(ModelValidator validator, DeploymentCompletion completion, ModelDiff diff, DeployedModels deployed,
                  RepositoryService repositoryService, DeploymentLogRepository log,
                  PlatformTransactionManager transactionManager, Clock clock, FormTexts texts, Texts storedTexts) {
        this.validator = validator;
        this.completion = completion;
        this.diff = diff;
        this.deployed = deployed;
        this.repositoryService = repositoryService;
        this.log = log;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.texts = texts;
        this.storedTexts = storedTexts;
    }

    public Check check(List<ModelFile> upload) {
        DeploymentCompletion.Completion completed = completion.complete(upload);
        List<ModelFile> all = Stream.concat(upload.stream(), completed.included().stream()
                .map(DeploymentCompletion.Included::file)).toList();
        return new Check(upload, completed.included(), validator.validate(all), diff.compare(upload), completed.notes());
    }

    /** Validates and deploys; throws InvalidModelException, with nothing deployed, when there are errors. */
    public Deployed deploy(List<ModelFile> upload, String user, DeploymentLogEntry.Channel channel, String comment) {
        Check check = check(upload);
        if (!check.report().valid()) {
            throw new InvalidModelException(check, texts.get("model.deploy.invalid", check.report().errorText(texts)), texts);
        }
        return transaction.execute(status -> {
            DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(user);
            check.all().forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
            DeploymentWithDefinitions deployment = builder.deployWithResult();
            log.save(new DeploymentLogEntry(deployment.getId(), user, Instant.now(clock), channel, comment));
            return new Deployed(deployment.getId(), deployment.getDeploymentTime().toInstant(), definitions(deployment), check);
        });
    }

    /**
     * Deploys an earlier version's files again as the newest version. A process comes back with the
     * forms it had in that deployment; a form comes back with the current processes that use it.
     */
    public Deployed rollback(String definitionId, String user, String comment) {
        DeployedModels.Definition definition = deployed.byId(definitionId)
                .orElseThrow(() -> new UnknownModelException(texts.get("model.deploy.unknownVersion", definitionId)));
        List<ModelFile> files = new ArrayList<>();
        ModelFile file = deployed.file(definition);
        files.add(ModelFile.uploaded(file.name(), file.content()));
        if (definition.kind() == ModelKind.BPMN) {
            Set<String> forms = new HashSet<>();
            DeploymentCompletion.formRefs(file).values().forEach(forms::addAll);
            deployed.forms().stream()
                    .filter(form -> form.deploymentId().equals(definition.deploymentId()) && forms.contains(form.key()))
                    .map(deployed::file)
                    .forEach(form -> files.add(ModelFile.uploaded(form.name(), form.content())));
        }
        String why = comment == null || comment.isBlank()
                ? storedTexts.bokmal("model.deploy.rollbackComment", String.valueOf(definition.version()), definition.key())
                : comment;
        return deploy(files, user, DeploymentLogEntry.Channel.ROLLBACK, why);
    }

    private List<DefinitionRef> definitions(DeploymentWithDefinitions deployment) {
        List<DefinitionRef> refs = new ArrayList<>();
        if (deployment.getDeployedProcessDefinitions() != null) {
            deployment.getDeployedProcessDefinitions().forEach(d ->
                    refs.add(new DefinitionRef(ModelKind.BPMN, d.getKey(), d.getVersion(), d.getId())));
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            deployment.getDeployedDecisionDefinitions().forEach(d ->
                    refs.add(new DefinitionRef(ModelKind.DMN, d.getKey(), d.getVersion(), d.getId())));
        }
        deployed.forms().stream().filter(f -> f.deploymentId().equals(deployment.getId()))
                .forEach(f -> refs.add(new DefinitionRef(ModelKind.FORM, f.key(), f.version(), f.id())));
        return refs;
    }
}
