package no.arshjul.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.arshjul.forms.FormModel;
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
import java.util.stream.Collectors;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

/**
 * What an upload changes against the version that runs now: per process the elements added,
 * removed or changed (name, form, assignment, due date, timer, service, flow), per form the fields
 * added, removed or changed, per decision table its rules. Only valid files are compared.
 */
@Component
class ModelDiff {

    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("userTask", "brukeroppgave"), Map.entry("serviceTask", "tjenesteoppgave"),
            Map.entry("sendTask", "sendeoppgave"), Map.entry("businessRuleTask", "beslutningsoppgave"),
            Map.entry("scriptTask", "skriptoppgave"), Map.entry("callActivity", "kall til prosess"),
            Map.entry("subProcess", "underprosess"), Map.entry("exclusiveGateway", "valg"),
            Map.entry("parallelGateway", "parallell forgrening"), Map.entry("inclusiveGateway", "inkluderende valg"),
            Map.entry("eventBasedGateway", "hendelsesvalg"), Map.entry("startEvent", "starthendelse"),
            Map.entry("endEvent", "slutthendelse"), Map.entry("boundaryEvent", "grensehendelse"),
            Map.entry("intermediateCatchEvent", "mellomhendelse"), Map.entry("intermediateThrowEvent", "mellomhendelse"),
            Map.entry("sequenceFlow", "flyt"));

    private final DeployedModels deployed;

    ModelDiff(DeployedModels deployed) {
        this.deployed = deployed;
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
                        "Ny prosess «" + key + "»" + named(process.getName()) + "."));
                continue;
            }
            BpmnModelInstance old = Bpmn.readModelFromStream(new ByteArrayInputStream(deployed.file(current.get()).content()));
            Process before = old.getModelElementById(key);
            int count = changes.size();
            compareMaps(file.name(), key, elements(before), elements(process), changes);
            if (changes.size() == count) {
                changes.add(new ModelChange(file.name(), key, ModelChange.Type.UNCHANGED, null,
                        "Ingen endringer mot versjon " + current.get().version() + " av prosessen «" + key + "»."));
            }
        }
    }

    private static Map<String, Map<String, String>> elements(Process process) {
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

    private static Map<String, String> describe(FlowElement element) {
        Map<String, String> props = new LinkedHashMap<>();
        String type = element.getElementType().getTypeName();
        props.put("type", TYPE_NAMES.getOrDefault(type, type));
        put(props, "navn", element.getName());
        if (element instanceof UserTask task) {
            put(props, "skjema", task.getCamundaFormRef());
            put(props, "tildelt", task.getCamundaAssignee());
            put(props, "kandidatgrupper", task.getCamundaCandidateGroups());
            put(props, "kandidatbrukere", task.getCamundaCandidateUsers());
            put(props, "frist", task.getCamundaDueDate());
        }
        if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
            put(props, "festet til", boundary.getAttachedTo().getId());
        }
        for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
            put(props, "tidsur", timerText(timer));
        }
        for (String attribute : List.of("delegateExpression", "class", "expression")) {
            put(props, "tjeneste", element.getAttributeValueNs(CAMUNDA_NS, attribute));
        }
        if (element instanceof SequenceFlow flow) {
            put(props, "fra", flow.getSource() == null ? null : flow.getSource().getId());
            put(props, "til", flow.getTarget() == null ? null : flow.getTarget().getId());
            put(props, "betingelse", flow.getConditionExpression() == null ? null
                    : flow.getConditionExpression().getTextContent().trim());
        }
        return props;
    }

    private static String timerText(TimerEventDefinition timer) {
        if (timer.getTimeDate() != null) {
            return "dato " + timer.getTimeDate().getTextContent().trim();
        }
        if (timer.getTimeDuration() != null) {
            return "varighet " + timer.getTimeDuration().getTextContent().trim();
        }
        return timer.getTimeCycle() == null ? "uten tidspunkt" : "gjentakelse " + timer.getTimeCycle().getTextContent().trim();
    }

    // ---- forms

    private void compareForm(ModelFile file, List<ModelChange> changes) {
        FormModel form = FormModel.parse(file.text());
        String key = form.id();
        Optional<DeployedModels.Definition> current = deployed.latestForm(key);
        if (current.isEmpty()) {
            changes.add(new ModelChange(file.name(), key, ModelChange.Type.NEW_MODEL, null, "Nytt skjema «" + key + "»."));
            return;
        }
        FormModel before = FormModel.parse(deployed.file(current.get()).text());
        int count = changes.size();
        compareMaps(file.name(), key, fields(before), fields(form), changes);
        if (changes.size() == count) {
            changes.add(new ModelChange(file.name(), key, ModelChange.Type.UNCHANGED, null,
                    "Ingen endrede felt mot versjon " + current.get().version() + " av skjemaet «" + key + "»."));
        }
    }

    private static Map<String, Map<String, String>> fields(FormModel form) {
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        for (FormModel.Placed placed : form.keyedComponents()) {
            JsonNode component = placed.component().json();
            Map<String, String> props = new LinkedHashMap<>();
            props.put("type", placed.component().type());
            put(props, "etikett", component.hasNonNull("label") ? component.path("label").asText()
                    : component.path("dateLabel").asText(null));
            props.put("påkrevd", placed.component().requiredAsWritten() ? "ja" : "nei");
            put(props, "valg", String.join(", ", placed.component().values()));
            JsonNode validate = placed.component().validate().deepCopy();
            if (validate instanceof ObjectNode rules) {
                rules.remove("required");
                put(props, "regler", rules.isEmpty() ? null : rules.toString());
            }
            put(props, "prosessvariabel", component.path("properties").path(FormModel.PROCESS_VARIABLE_PROPERTY).asText(null));
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
                        "Ny beslutningstabell «" + key + "»" + named(decision.getName()) + "."));
                continue;
            }
            ModelFile old = deployed.file(current.get());
            Decision before = Dmn.readModelFromStream(new ByteArrayInputStream(old.content())).getModelElementById(key);
            int rulesBefore = before == null ? 0 : before.getModelInstance().getModelElementsByType(Rule.class).size();
            int rulesNow = model.getModelElementsByType(Rule.class).size();
            boolean same = old.text().equals(file.text());
            changes.add(new ModelChange(file.name(), key, same ? ModelChange.Type.UNCHANGED : ModelChange.Type.CHANGED,
                    null, same ? "Ingen endringer i beslutningstabellen «" + key + "»."
                    : "Beslutningstabellen «" + key + "» er endret (regler: " + rulesBefore + " → " + rulesNow + ")."));
        }
    }

    // ---- common

    private static void compareMaps(String file, String model, Map<String, Map<String, String>> before,
                                     Map<String, Map<String, String>> after, List<ModelChange> changes) {
        after.forEach((id, props) -> {
            Map<String, String> old = before.get(id);
            if (old == null) {
                changes.add(new ModelChange(file, model, ModelChange.Type.ADDED, id, "Lagt til " + summary(id, props)));
            } else if (!old.equals(props)) {
                List<String> differences = new ArrayList<>();
                for (String name : union(old, props)) {
                    if (!Objects.equals(old.get(name), props.get(name))) {
                        differences.add(name + ": " + shown(old.get(name)) + " → " + shown(props.get(name)));
                    }
                }
                changes.add(new ModelChange(file, model, ModelChange.Type.CHANGED, id, "Endret " + props.get("type")
                        + " «" + id + "»: " + String.join("; ", differences) + "."));
            }
        });
        before.forEach((id, props) -> {
            if (!after.containsKey(id)) {
                changes.add(new ModelChange(file, model, ModelChange.Type.REMOVED, id, "Fjernet " + summary(id, props)));
            }
        });
    }

    private static String summary(String id, Map<String, String> props) {
        String details = props.entrySet().stream().filter(e -> !e.getKey().equals("type") && !e.getKey().equals("navn"))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
        return props.get("type") + " «" + id + "»" + named(props.get("navn")) + (details.isEmpty() ? "." : ": " + details + ".");
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> names = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(name -> !a.containsKey(name)).forEach(names::add);
        return names;
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "" : " («" + name.trim() + "»)";
    }

    private static String shown(String value) {
        return value == null ? "(ingen)" : value;
    }

    private static void put(Map<String, String> props, String name, String value) {
        if (value != null && !value.isBlank()) {
            props.put(name, value.trim());
        }
    }
}
