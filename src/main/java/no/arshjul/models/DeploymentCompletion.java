package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A task finds its form in its own process's deployment ({@code formRefBinding="deployment"}), so
 * a process and its forms must be deployed together. When HR uploads only a changed process, the
 * current versions of the forms it uses are added; when HR uploads only a changed form, the current
 * versions of the processes that use it are added, or the change would have no effect.
 */
@Component
class DeploymentCompletion {

    /** A file taken from what is deployed, and why. */
    record Included(ModelFile file, String reason) {
    }

    private final DeployedModels deployed;
    private final ObjectMapper mapper;
    private final FormTexts texts;

    DeploymentCompletion(DeployedModels deployed, ObjectMapper mapper, FormTexts texts) {
        this.deployed = deployed;
        this.mapper = mapper;
        this.texts = texts;
    }

    /** The files taken from what is deployed, and notes for HR: uploaded forms that no process uses yet. */
    record Completion(List<Included> included, List<String> notes) {
    }

    Completion complete(List<ModelFile> upload) {
        Set<String> names = new HashSet<>();
        upload.forEach(f -> names.add(f.name()));
        Set<String> uploadedForms = new LinkedHashSet<>();
        Map<String, Set<String>> formsByProcess = new LinkedHashMap<>();
        for (ModelFile file : upload) {
            if (file.kind().filter(ModelKind.FORM::equals).isPresent()) {
                formKey(file).ifPresent(uploadedForms::add);
            } else if (file.kind().filter(ModelKind.BPMN::equals).isPresent()) {
                formsByProcess.putAll(formRefs(file));
            }
        }
        List<Included> included = new ArrayList<>();
        List<DeployedModels.Definition> latestProcesses = uploadedForms.isEmpty() ? List.of()
                : deployed.latest(deployed.processes());
        Map<String, ModelFile> processFiles = new HashMap<>();
        Map<String, Map<String, Set<String>>> processRefs = new HashMap<>();
        for (String form : uploadedForms) {
            for (DeployedModels.Definition process : latestProcesses) {
                if (formsByProcess.containsKey(process.key())) {
                    continue;
                }
                ModelFile file = processFiles.computeIfAbsent(process.id(), id -> deployed.file(process));
                Map<String, Set<String>> refs = processRefs.computeIfAbsent(process.id(), id -> formRefs(file));
                if (refs.getOrDefault(process.key(), Set.of()).contains(form)) {
                    formsByProcess.putAll(refs);
                    add(included, names, file, texts.get("model.completion.processIncluded",
                            process.key(), String.valueOf(process.version()), form));
                }
            }
        }
        Set<String> formsDone = new HashSet<>(uploadedForms);
        Map<String, DeployedModels.Definition> latestForms = formsByProcess.isEmpty() ? Map.of() : deployed.latestForms();
        formsByProcess.forEach((process, forms) -> {
            for (String form : forms) {
                if (formsDone.add(form)) {
                    Optional.ofNullable(latestForms.get(form)).ifPresent(definition -> add(included, names, deployed.file(definition),
                            texts.get("model.completion.formIncluded",
                                    form, String.valueOf(definition.version()), process)));
                }
            }
        });
        Set<String> used = new HashSet<>();
        formsByProcess.values().forEach(used::addAll);
        List<String> notes = uploadedForms.stream().filter(form -> !used.contains(form))
                .map(form -> texts.get("model.completion.formUnused", form)).toList();
        return new Completion(included, notes);
    }

    private static void add(List<Included> included, Set<String> names, ModelFile deployedFile, String reason) {
        ModelFile file = ModelFile.uploaded(deployedFile.name(), deployedFile.content());
        if (!names.add(file.name())) {
            return;
        }
        included.add(new Included(file, reason));
    }

    /** The forms each process in the file binds by deployment; empty when the file does not parse. */
    static Map<String, Set<String>> formRefs(ModelFile file) {
        Map<String, Set<String>> refs = new LinkedHashMap<>();
        try {
            var model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
            model.getModelElementsByType(Process.class).forEach(p -> refs.put(p.getId(), new LinkedHashSet<>()));
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String ref = task.getCamundaFormRef();
                Process process = BpmnRules.processOf(task);
                if (process != null && ref != null && !ElExpressions.isExpression(ref)
                        && "deployment".equals(task.getCamundaFormRefBinding())) {
                    refs.get(process.getId()).add(ref);
                }
            }
        } catch (RuntimeException e) {
            // Validation reports what is wrong with the file.
        }
        return refs;
    }

    private Optional<String> formKey(ModelFile file) {
        try {
            return Optional.ofNullable(mapper.readTree(file.content()).path("id").textValue());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
