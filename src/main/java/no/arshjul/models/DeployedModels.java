package no.arshjul.models;

import no.arshjul.engine.SystemEngineCalls;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the engine has deployed: definitions of every kind and their files. Read as Årshjul, not as the caller. */
@Component
public class DeployedModels {

    /** A deployed version of a model of any kind: enough to find its file and show it. */
    public record Definition(ModelKind kind, String id, String key, String name, int version, String deploymentId,
                      String resourceName) {
    }

    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final SystemEngineCalls system;

    DeployedModels(RepositoryService repositoryService, ManagementService managementService, SystemEngineCalls system) {
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.system = system;
    }

    List<Definition> processes() {
        return system.call(() -> repositoryService.createProcessDefinitionQuery().list().stream()
                .map(DeployedModels::of).sorted(ORDER).toList());
    }

    List<Definition> decisions() {
        return system.call(() -> repositoryService.createDecisionDefinitionQuery().list().stream()
                .map(DeployedModels::of).sorted(ORDER).toList());
    }

    /** Camunda's API has no query for form definitions; their table is read through the management service. */
    List<Definition> forms() {
        return system.call(() -> {
            String table = managementService.getTableName(CamundaFormDefinitionEntity.class);
            return managementService.createTablePageQuery().tableName(table).listPage(0, Integer.MAX_VALUE).getRows()
                    .stream().map(DeployedModels::caseInsensitive)
                    .map(row -> new Definition(ModelKind.FORM, (String) row.get("ID_"), (String) row.get("KEY_"),
                            (String) row.get("KEY_"), ((Number) row.get("VERSION_")).intValue(),
                            (String) row.get("DEPLOYMENT_ID_"), (String) row.get("RESOURCE_NAME_")))
                    .sorted(ORDER).toList();
        });
    }

    List<Definition> all() {
        return Stream.of(processes(), decisions(), forms()).flatMap(List::stream).toList();
    }

    Optional<Definition> byId(String definitionId) {
        return all().stream().filter(d -> d.id().equals(definitionId)).findFirst();
    }

    /** The newest version of every key of this kind. */
    List<Definition> latest(List<Definition> definitions) {
        Map<String, Definition> latest = new TreeMap<>();
        definitions.forEach(d -> latest.merge(d.key(), d, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(latest.values());
    }

    /** The newest version of every form, by key: one query for callers that look up several forms. */
    Map<String, Definition> latestForms() {
        Map<String, Definition> byKey = new TreeMap<>();
        latest(forms()).forEach(d -> byKey.put(d.key(), d));
        return byKey;
    }

    Optional<Definition> latestForm(String key) {
        return Optional.ofNullable(latestForms().get(key));
    }

    Optional<Definition> latestProcess(String key) {
        return system.call(() -> Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().singleResult()).map(DeployedModels::of));
    }

    boolean decisionExists(String key) {
        return system.call(() -> repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0);
    }

    boolean processExists(String key) {
        return latestProcess(key).isPresent();
    }

    ModelFile file(Definition definition) {
        return new ModelFile(definition.resourceName(), content(definition.deploymentId(), definition.resourceName()));
    }

    byte[] content(String deploymentId, String resourceName) {
        return system.call(() -> {
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final Comparator<Definition> ORDER = Comparator.comparing(Definition::key)
            .thenComparing(Comparator.comparingInt(Definition::version).reversed());

    private static Definition of(ProcessDefinition d) {
        return new Definition(ModelKind.BPMN, d.getId(), d.getKey(), d.getName(), d.getVersion(), d.getDeploymentId(),
                d.getResourceName());
    }

    private static Definition of(DecisionDefinition d) {
        return new Definition(ModelKind.DMN, d.getId(), d.getKey(), d.getName(), d.getVersion(), d.getDeploymentId(),
                d.getResourceName());
    }

    /** PostgreSQL answers column names in lower case, H2 in upper case. */
    private static Map<String, Object> caseInsensitive(Map<String, Object> row) {
        Map<String, Object> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(row);
        return map;
    }
}
