package no.arshjul.tasks;

import no.arshjul.engine.SystemEngineCalls;

import no.arshjul.forms.FormModel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Camunda Form a process instance used for a form key: forms are bound to their process's own
 * deployment, so an answer given last spring is shown in the form it was given in.
 */
@Component
public class DeployedForms {

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final SystemEngineCalls system;

    public DeployedForms(RepositoryService repositoryService, HistoryService historyService, SystemEngineCalls system) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.system = system;
    }

    public Optional<String> schema(String processInstanceId, String formKey) {
        return system.call(() -> {
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            if (instance == null) {
                return Optional.empty();
            }
            String deploymentId = repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId();
            return repositoryService.getDeploymentResourceNames(deploymentId).stream()
                    .filter(name -> name.endsWith(".form"))
                    .map(name -> read(deploymentId, name))
                    .filter(json -> formKey.equals(idOf(json)))
                    .findFirst();
        });
    }

    private String read(String deploymentId, String name) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String idOf(String json) {
        try {
            return FormModel.parse(json).id();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
