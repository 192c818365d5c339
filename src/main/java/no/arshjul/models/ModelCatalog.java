package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import no.arshjul.engine.SystemEngineCalls;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The models page's list: every process, decision and form with its versions, and the current models as a zip. */
@Service
public class ModelCatalog {

    public record VersionRow(String definitionId, int version, String deploymentId, String resourceName,
                             String fileName, Instant deployedAt, String deployedBy, String comment,
                             Long runningInstances, boolean latest, boolean inRepository) {
    }

    public record ModelGroup(ModelKind kind, String key, String name, List<VersionRow> versions) {

        public VersionRow current() {
            return versions.get(0);
        }
    }

    /** repositoryBehind: some current version was deployed at run time and is not in processes/ and forms/ yet. */
    public record Overview(List<ModelGroup> processes, List<ModelGroup> decisions, List<ModelGroup> forms,
                           boolean repositoryBehind) {
    }

    private final DeployedModels deployed;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final DeploymentLogRepository log;
    private final ModelProperties properties;
    private final SystemEngineCalls system;
    private final FormTexts texts;

    ModelCatalog(DeployedModels deployed, RepositoryService repositoryService, ManagementService managementService,
                 DeploymentLogRepository log, ModelProperties properties, SystemEngineCalls system, FormTexts texts) {
        this.deployed = deployed;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.log = log;
        this.properties = properties;
        this.system = system;
        this.texts = texts;
    }

    public Overview overview() {
        Map<String, Deployment> deployments = system.call(() -> repositoryService.createDeploymentQuery().list())
                .stream().collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, DeploymentLogEntry> entries = log.findByDeploymentIdIn(deployments.keySet()).stream()
                .collect(Collectors.toMap(DeploymentLogEntry::getDeploymentId, Function.identity(), (a, b) -> a));
        Map<String, Long> running = system.call(() -> managementService.createProcessDefinitionStatisticsQuery().list())
                .stream().collect(Collectors.toMap(ProcessDefinitionStatistics::getId, s -> (long) s.getInstances()));
        List<ModelGroup> processes = groups(deployed.processes(), deployments, entries, running);
        List<ModelGroup> decisions = groups(deployed.decisions(), deployments, entries, null);
        List<ModelGroup> forms = groups(deployed.forms(), deployments, entries, null);
        boolean behind = Stream.of(processes, decisions, forms).flatMap(List::stream)
                .anyMatch(group -> !group.current().inRepository());
        return new Overview(processes, decisions, forms, behind);
    }

    private List<ModelGroup> groups(List<DeployedModels.Definition> definitions, Map<String, Deployment> deployments,
                                    Map<String, DeploymentLogEntry> entries, Map<String, Long> running) {
        Map<String, List<DeployedModels.Definition>> byKey = new LinkedHashMap<>();
        definitions.forEach(d -> byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d));
        List<ModelGroup> groups = new ArrayList<>();
        byKey.forEach((key, versions) -> {
            List<VersionRow> rows = new ArrayList<>();
            for (DeployedModels.Definition d : versions) {
                Deployment deployment = deployments.get(d.deploymentId());
                DeploymentLogEntry entry = entries.get(d.deploymentId());
                rows.add(new VersionRow(d.id(), d.version(), d.deploymentId(), d.resourceName(),
                        ModelFile.baseName(d.resourceName()),
                        deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                        deployedBy(deployment, entry), entry == null ? null : entry.getComment(),
                        running == null ? null : running.getOrDefault(d.id(), 0L), rows.isEmpty(),
                        deployment != null && properties.deploymentName().equals(deployment.getName())));
            }
            String name = versions.get(0).name() == null ? key : versions.get(0).name();
            groups.add(new ModelGroup(versions.get(0).kind(), key, name, rows));
        });
        return groups;
    }

    private String deployedBy(Deployment deployment, DeploymentLogEntry entry) {
        if (entry != null) {
            return entry.getDeployedBy();
        }
        if (deployment == null || deployment.getSource() == null) {
            return texts.get("model.catalog.deployedByUnknown");
        }
        return "filesystem".equals(deployment.getSource()) ? texts.get("model.catalog.deployedAtStartUp") : deployment.getSource();
    }

    /** One file of one version, as it was deployed. */
    public ModelFile file(String deploymentId, String resourceName) {
        boolean known = deployed.all().stream()
                .anyMatch(d -> d.deploymentId().equals(deploymentId) && d.resourceName().equals(resourceName));
        if (!known) {
            throw new UnknownModelException(texts.get("model.catalog.unknownFile", resourceName, deploymentId));
        }
        return new ModelFile(resourceName, deployed.content(deploymentId, resourceName));
    }

    /** The current version of every model, laid out like the repository's processes/ and forms/. */
    public byte[] currentModelsZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> files = new HashSet<>();
        Set<String> entries = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (List<DeployedModels.Definition> kind : List.of(deployed.processes(), deployed.decisions(), deployed.forms())) {
                for (DeployedModels.Definition d : deployed.latest(kind)) {
                    if (!files.add(d.deploymentId() + "/" + d.resourceName())) {
                        continue;
                    }
                    String entry = d.kind().folder() + ModelFile.baseName(d.resourceName());
                    if (!entries.add(entry)) {
                        entry = d.kind().folder() + d.key() + "-" + ModelFile.baseName(d.resourceName());
                        entries.add(entry);
                    }
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write(deployed.content(d.deploymentId(), d.resourceName()));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
