package no.arshjul.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One component of a Camunda Form as written, nothing assumed: the model check reports what is missing,
 * the validator refuses to work with it. {@code key} and {@code path} are null when absent or blank.
 * {@code mayBeHidden} is true when it, or a container around it, has a {@code conditional.hide} expression.
 */
public record FormComponent(String id, String type, String key, String path, String label, boolean mayBeHidden,
                            JsonNode json, List<FormComponent> children) {

    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
            "checklist", "radio", "select", "taglist", "datetime", "expression");
    private static final Set<String> DISPLAY_TYPES = Set.of("text", "html", "image", "separator", "spacer",
            "button", "iframe", "table");

    /** True for the component types that submit a value and so need a key. */
    public static boolean isInputType(String type) {
        return INPUT_TYPES.contains(type);
    }

    /** True for every component type the server-side validation understands. */
    public static boolean isKnownType(String type) {
        return INPUT_TYPES.contains(type) || DISPLAY_TYPES.contains(type) || "group".equals(type)
                || "dynamiclist".equals(type);
    }

    static FormComponent of(JsonNode component, boolean parentMayBeHidden) {
        boolean mayBeHidden = parentMayBeHidden || hasHideCondition(component);
        List<FormComponent> children = new ArrayList<>();
        if (component.path("components").isArray()) {
            for (JsonNode child : component.path("components")) {
                children.add(of(child, mayBeHidden));
            }
        }
        return new FormComponent(component.path("id").asText(""), component.path("type").asText(""),
                text(component, "key"), text(component, "path"), label(component), mayBeHidden, component,
                List.copyOf(children));
    }

    public boolean isInput() {
        return isInputType(type);
    }

    public boolean isGroup() {
        return "group".equals(type);
    }

    public boolean isDynamicList() {
        return "dynamiclist".equals(type);
    }

    /** Required as the person filling it in meets it: a field that may be hidden cannot be required. */
    public boolean required() {
        return json.path("validate").path("required").asBoolean(false) && !mayBeHidden;
    }

    /** As written in the schema, whether or not it can be hidden. */
    public boolean requiredAsWritten() {
        return json.path("validate").path("required").asBoolean(false);
    }

    public boolean disabled() {
        return json.path("disabled").asBoolean(false);
    }

    /** For a datetime field: date (the default), time or datetime. */
    public String subtype() {
        return json.path("subtype").asText("date");
    }

    public JsonNode validate() {
        return json.path("validate");
    }

    /** The static options' values, in order. */
    public List<String> values() {
        List<String> values = new ArrayList<>();
        for (JsonNode option : json.path("values")) {
            if (option.path("value").isValueNode()) {
                values.add(option.path("value").asText());
            }
        }
        return values;
    }

    /** True when the options come from a variable or an expression, not from the schema. */
    public boolean hasDynamicValues() {
        return text(json, "valuesKey") != null || text(json, "valuesExpression") != null;
    }

    /** The custom property {@code processVariable=true} (set in Camunda Modeler): the process routes on it. */
    public boolean isProcessVariable() {
        return "true".equals(json.path("properties").path(FormModel.PROCESS_VARIABLE_PROPERTY).asText());
    }

    private static boolean hasHideCondition(JsonNode component) {
        JsonNode hide = component.path("conditional").path("hide");
        return hide.isTextual() && !hide.asText().isBlank();
    }

    private static String label(JsonNode component) {
        for (String property : List.of("label", "dateLabel", "timeLabel", "key", "path", "id")) {
            String label = text(component, property);
            if (label != null) {
                return label;
            }
        }
        return "";
    }

    static String text(JsonNode component, String property) {
        JsonNode node = component.path(property);
        return node.isValueNode() && !node.asText().isBlank() ? node.asText() : null;
    }
}
