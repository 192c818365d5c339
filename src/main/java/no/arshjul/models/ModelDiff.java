package no.arshjul.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.arshjul.forms.FormModel;
import no.arshjul.forms.FormTexts;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

/**
 * What an upload changes against the version that runs now: per process the elements added,
 * removed or changed (name, form, assignment, due date, timer, service, flow), per form the fields
 * added, removed or changed, per decision table its rules. Only valid files are compared.
 */
@Component
class ModelDiff {

    /** BPMN element types with a name for people in messages (model.diff.type.*); others show their type. */
    private static final Set<String> NAMED_TYPES = Set.of("userTask", "serviceTask", "sendTask", "businessRuleTask",
            "scriptTask", "callActivity", "subProcess", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "startEvent", "endEvent", "boundaryEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "sequenceFlow");

    private final DeployedModels deployed;
    private final FormTexts texts;

    ModelDiff(DeployedModels deployed, FormTexts texts) {
        this.deployed = deployed;
        this.texts = texts;
    }

    List<ModelChange> compare(List<ModelFile> files) {
        List<ModelChange> changes = new ArrayList<>();
        for (ModelFile file : files) {
            Optional<ModelKind> kind = file.kind();
            try {
                if (kind.filter(ModelKind.BPMN::equals).isPresent()) {
                    compareProcesses(file, changes);
                } else if (kind.filter(ModelKind.FORM::equals).isPresent()) {
                    compareForm(file, changes);
                } else if (kind.filter(ModelKind.DMN::equals).isPresent()) {
                    compareDecisions(file, changes);
                }
            } catch (RuntimeException e) {
                // An invalid file has no comparison; validation says what is wrong with it.
            }
        }
        return changes;
    }

    // ---- processes

    private void compareProcesses(ModelFile file, List<ModelChange> changes) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        for (Process process : model.getModelElementsByType(Process.class)) {
            String key = process.getId();
            Optional<DeployedModels.Definition> current = deployed.latestProcess(key);
            if (current.isEmpty()) {
                changes.add(new ModelChange(file.name(), key, ModelChange.Type.NEW_MODEL, null,
                        texts.get("model.diff.newProcess", key, named(process.getName()))));
                continue;
            }
            BpmnModelInstance old = Bpmn.readModelFromStream(new ByteArrayInputStream(deployed.file(current.get()).content()));
            Process before = old.getModelElementById(key);
            int count = changes.size();
            compareMaps(file.name(), key, elements(before), elements(process), changes);
            if (changes.size() == count) {
                changes.add(new ModelChange(file.name(), key, ModelChange.Type.UNCHANGED, null,
                        texts.get("model.diff.processUnchanged", String.valueOf(current.get().version()), key)));
            }
        }
    }

    private Map<String, Map<String, String>> elements(Process process) {
        Map<String, Map<String, String>> elements = new LinkedHashMap<>();
        if (process != null) {
            for (FlowElement element : process.getModelInstance().getModelElementsByType(FlowElement.class)) {
                if (BpmnRules.processOf(element) == process) {
                    elements.put(element.getId(), describe(element));
                }
            }
        }
        return elements;
    }

    private Map<String, String> describe(FlowElement element) {
        Map<String, String> props = new LinkedHashMap<>();
        String type = element.getElementType().getTypeName();
        props.put("type", NAMED_TYPES.contains(type) ? texts.get("model.diff.type." + type) : type);
        put(props, "name", element.getName());
        if (element instanceof UserTask task) {
            put(props, "form", task.getCamundaFormRef());
            put(props, "assignee", task.getCamundaAssignee());
            put(props, "candidateGroups", task.getCamundaCandidateGroups());
            put(props, "candidateUsers", task.getCamundaCandidateUsers());
            put(props, "dueDate", task.getCamundaDueDate());
        }
        if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
            put(props, "attachedTo", boundary.getAttachedTo().getId());
        }
        for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
            put(props, "timer", timerText(timer));
        }
        for (String attribute : List.of("delegateExpression", "class", "expression")) {
            put(props, "service", element.getAttributeValueNs(CAMUNDA_NS, attribute));
        }
        if (element instanceof SequenceFlow flow) {
            put(props, "source", flow.getSource() == null ? null : flow.getSource().getId());
            put(props, "target", flow.getTarget() == null ? null : flow.getTarget().getId());
            put(props, "condition", flow.getConditionExpression() == null ? null
                    : flow.getConditionExpression().getTextContent().trim());
        }
        return props;
    }

    private String timerText(TimerEventDefinition timer) {
        if (timer.getTimeDate() != null) {
            return texts.get("model.diff.timer.date", timer.getTimeDate().getTextContent().trim());
        }
        if (timer.getTimeDuration() != null) {
            return texts.get("model.diff.timer.duration", timer.getTimeDuration().getTextContent().trim());
        }
        return timer.getTimeCycle() == null ? texts.get("model.diff.timer.none")
                : texts.get("model.diff.timer.cycle", timer.getTimeCycle().getTextContent().trim());
    }

    // ---- forms

    private void compareForm(ModelFile file, List<ModelChange> changes) {
        FormModel form = FormModel.parse(file.text());
        String key = form.id();
        Optional<DeployedModels.Definition> current = deployed.latestForm(key);
        if (current.isEmpty()) {
            changes.add(new ModelChange(file.name(), key, ModelChange.Type.NEW_MODEL, null, texts.get("model.diff.newForm", key)));
            return;
        }
        FormModel before = FormModel.parse(deployed.file(current.get()).text());
        int count = changes.size();
        compareMaps(file.name(), key, fields(before), fields(form), changes);
        if (changes.size() == count) {
            changes.add(new ModelChange(file.name(), key, ModelChange.Type.UNCHANGED, null,
                    texts.get("model.diff.formUnchanged", String.valueOf(current.get().version()), key)));
        }
    }

    private Map<String, Map<String, String>> fields(FormModel form) {
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        for (FormModel.Placed placed : form.keyedComponents()) {
            JsonNode component = placed.component().json();
            Map<String, String> props = new LinkedHashMap<>();
            props.put("type", placed.component().type());
            put(props, "label", component.hasNonNull("label") ? component.path("label").asText()
                    : component.path("dateLabel").asText(null));
            props.put("required", texts.get(placed.component().requiredAsWritten() ? "model.diff.yes" : "model.diff.no"));
            put(props, "options", String.join(", ", placed.component().values()));
            JsonNode validate = placed.component().validate().deepCopy();
            if (validate instanceof ObjectNode rules) {
                rules.remove("required");
                put(props, "rules", rules.isEmpty() ? null : rules.toString());
            }
            put(props, "processVariable", component.path("properties").path(FormModel.PROCESS_VARIABLE_PROPERTY).asText(null));
            fields.put(placed.path(), props);
        }
        return fields;
    }

    // ---- decisions

    private void compareDecisions(ModelFile file, List<ModelChange> changes) {
        var model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String key = decision.getId();
            Optional<DeployedModels.Definition> current = deployed.latest(deployed.decisions()).stream()
                    .filter(d -> d.key().equals(key)).findFirst();
            if (current.isEmpty()) {
                changes.add(new ModelChange(file.name(), key, ModelChange.Type.NEW_MODEL, null,
                        texts.get("model.diff.newDecision", key, named(decision.getName()))));
                continue;
            }
            ModelFile old = deployed.file(current.get());
            Decision before = Dmn.readModelFromStream(new ByteArrayInputStream(old.content())).getModelElementById(key);
            int rulesBefore = before == null ? 0 : before.getModelInstance().getModelElementsByType(Rule.class).size();
            int rulesNow = model.getModelElementsByType(Rule.class).size();
            boolean same = old.text().equals(file.text());
            changes.add(new ModelChange(file.name(), key, same ? ModelChange.Type.UNCHANGED : ModelChange.Type.CHANGED,
                    null, same ? texts.get("model.diff.decisionUnchanged", key)
                    : texts.get("model.diff.decisionChanged", key, String.valueOf(rulesBefore), String.valueOf(rulesNow))));
        }
    }

    // ---- common

    private void compareMaps(String file, String model, Map<String, Map<String, String>> before,
                                     Map<String, Map<String, String>> after, List<ModelChange> changes) {
        after.forEach((id, props) -> {
            Map<String, String> old = before.get(id);
            if (old == null) {
                changes.add(new ModelChange(file, model, ModelChange.Type.ADDED, id, texts.get("model.diff.added", summary(id, props))));
            } else if (!old.equals(props)) {
                List<String> differences = new ArrayList<>();
                for (String name : union(old, props)) {
                    if (!Objects.equals(old.get(name), props.get(name))) {
                        differences.add(propertyName(name) + ": " + shown(old.get(name)) + " → " + shown(props.get(name)));
                    }
                }
                changes.add(new ModelChange(file, model, ModelChange.Type.CHANGED, id, texts.get("model.diff.changed",
                        props.get("type"), id, String.join("; ", differences))));
            }
        });
        before.forEach((id, props) -> {
            if (!after.containsKey(id)) {
                changes.add(new ModelChange(file, model, ModelChange.Type.REMOVED, id, texts.get("model.diff.removed", summary(id, props))));
            }
        });
    }

    private String summary(String id, Map<String, String> props) {
        String details = props.entrySet().stream().filter(e -> !e.getKey().equals("type") && !e.getKey().equals("name"))
                .map(e -> propertyName(e.getKey()) + " " + e.getValue()).collect(Collectors.joining("; "));
        return props.get("type") + " «" + id + "»" + named(props.get("name")) + (details.isEmpty() ? "." : ": " + details + ".");
    }

    /** The name people see for a compared property (model.diff.property.*). */
    private String propertyName(String property) {
        return texts.get("model.diff.property." + property);
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> names = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(name -> !a.containsKey(name)).forEach(names::add);
        return names;
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "" : " («" + name.trim() + "»)";
    }

    private String shown(String value) {
        return value == null ? texts.get("model.diff.none") : value;
    }

    private static void put(Map<String, String> props, String name, String value) {
        if (value != null && !value.isBlank()) {
            props.put(name, value.trim());
        }
    }
}
