package no.arshjul.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Camunda Form (form-js schema) parsed once: its id, schema version and component tree. Everything that
 * needs to know what a form holds (the submission check, the pipeline, the model check, the change summary,
 * the inbox) asks this model instead of walking the JSON its own way.
 */
public final class FormModel {

    /** A form field with this custom property (set in Camunda Modeler) becomes a process variable. */
    public static final String PROCESS_VARIABLE_PROPERTY = "processVariable";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A component and where its value sits in the submission ({@code measures.title} inside a list). */
    public record Placed(String path, FormComponent component) {
    }

    /** The schema is not JSON, or not a JSON object; {@code line} is null when unknown. */
    public static final class UnreadableFormException extends IllegalArgumentException {
        private final transient Integer line;
        private final String detail;

        UnreadableFormException(String message, Integer line, String detail, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.detail = detail;
        }

        public Integer line() {
            return line;
        }

        /** The JSON parser's own words, or null when the schema is JSON but not an object. */
        public String detail() {
            return detail;
        }
    }

    private final JsonNode root;
    private final List<FormComponent> components;

    private FormModel(JsonNode root) {
        this.root = root;
        List<FormComponent> parsed = new ArrayList<>();
        for (JsonNode component : root.path("components")) {
            parsed.add(FormComponent.of(component, false));
        }
        this.components = List.copyOf(parsed);
    }

    /** Reads the schema; throws UnreadableFormException when it is not a JSON object. */
    public static FormModel parse(String json) {
        if (json == null) {
            throw new UnreadableFormException("No form schema", null, null, null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableFormException("Form schema is not valid JSON: " + e.getOriginalMessage(),
                    e.getLocation() == null ? null : e.getLocation().getLineNr(), e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableFormException("Form schema is not a JSON object", 1, null, null);
        }
        return new FormModel(root);
    }

    /** The form's key, the one camunda:formRef points to; empty when missing. */
    public String id() {
        return root.path("id").asText("");
    }

    public boolean hasComponents() {
        return root.path("components").isArray();
    }

    public int schemaVersion() {
        return root.path("schemaVersion").asInt(0);
    }

    /** The top-level components, each with its children. */
    public List<FormComponent> components() {
        return components;
    }

    /**
     * Throws IllegalArgumentException, naming the component, when a submission of this form cannot be
     * checked: no components, a component type the check does not know, an input without key or a
     * dynamic list without path.
     */
    public FormModel requireCheckable() {
        if (!hasComponents()) {
            throw new IllegalArgumentException("Form schema has no components array");
        }
        requireCheckable(components);
        return this;
    }

    private static void requireCheckable(List<FormComponent> scope) {
        for (FormComponent component : scope) {
            if (!FormComponent.isKnownType(component.type())) {
                throw new IllegalArgumentException("Unsupported form component type '" + component.type() + "'");
            }
            if (component.isInput() && component.key() == null) {
                throw missing(component, "key");
            }
            if (component.isDynamicList() && component.path() == null) {
                throw missing(component, "path");
            }
            if (component.isGroup() || component.isDynamicList()) {
                requireCheckable(component.children());
            }
        }
    }

    private static IllegalArgumentException missing(FormComponent component, String property) {
        return new IllegalArgumentException("Form component '" + component.id() + "' (" + component.type()
                + ") has no " + property);
    }

    /** The top-level keys a submission has (input keys, group paths, dynamic list paths), in form order. */
    public List<String> submittedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        declaredPaths(components).forEach(path -> keys.add(path.get(0)));
        return List.copyOf(keys);
    }

    /**
     * The submission paths a scope declares, split at dots: an input's key, a group's or a list's path;
     * the fields of a group without path belong to the scope around it.
     */
    public static List<List<String>> declaredPaths(List<FormComponent> scope) {
        List<List<String>> paths = new ArrayList<>();
        for (FormComponent component : scope) {
            if (component.isInput() && component.key() != null) {
                paths.add(segments(component.key()));
            } else if (component.isGroup() && component.path() == null) {
                paths.addAll(declaredPaths(component.children()));
            } else if ((component.isGroup() || component.isDynamicList()) && component.path() != null) {
                paths.add(segments(component.path()));
            }
        }
        return paths;
    }

    public static List<String> segments(String path) {
        return Arrays.asList(path.split("\\."));
    }

    /** The keys of the top-level scope's fields marked processVariable=true: the answers the process routes on. */
    public List<String> processVariableKeys() {
        List<String> keys = new ArrayList<>();
        collectProcessVariables(components, keys);
        return keys;
    }

    private static void collectProcessVariables(List<FormComponent> scope, List<String> keys) {
        for (FormComponent component : scope) {
            if (component.key() != null && component.isProcessVariable()) {
                keys.add(component.key());
            }
            if (component.path() == null) {
                collectProcessVariables(component.children(), keys);
            }
        }
    }

    /** Every component with a key, at any depth, with its path in the submission. */
    public List<Placed> keyedComponents() {
        List<Placed> placed = new ArrayList<>();
        collectKeyed(components, "", placed);
        return placed;
    }

    private static void collectKeyed(List<FormComponent> scope, String prefix, List<Placed> placed) {
        for (FormComponent component : scope) {
            if (component.key() != null) {
                placed.add(new Placed(prefix + component.key(), component));
            }
            collectKeyed(component.children(), component.path() == null ? prefix : prefix + component.path() + ".",
                    placed);
        }
    }

    /**
     * The component whose value a submission has under {@code key} in this scope: an input with that key,
     * or a group or dynamic list with that path; groups without path are looked into.
     */
    public static Optional<FormComponent> find(List<FormComponent> scope, String key) {
        for (FormComponent component : scope) {
            if (component.isInput() && key.equals(component.key())
                    || (component.isGroup() || component.isDynamicList()) && key.equals(component.path())) {
                return Optional.of(component);
            }
            if (component.isGroup() && component.path() == null) {
                Optional<FormComponent> inside = find(component.children(), key);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }
}
