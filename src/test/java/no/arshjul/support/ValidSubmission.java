package no.arshjul.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission that satisfies a form in forms/: every required field filled with a valid value.
 * Tests override the fields they are about, so they keep working when HR adds a field.
 */
public final class ValidSubmission {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ValidSubmission() {
    }

    public static Map<String, Object> of(String formId, Object... overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        fill(schema(formId).path("components"), values);
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return values;
    }

    /** One item of a dynamic list in the form, e.g. a measure in the minutes. */
    public static Map<String, Object> listItem(String formId, String path, Object... overrides) {
        for (JsonNode component : schema(formId).path("components")) {
            if (path.equals(component.path("path").asText())) {
                Map<String, Object> item = new LinkedHashMap<>();
                fill(component.path("components"), item);
                for (int i = 0; i < overrides.length; i += 2) {
                    item.put((String) overrides[i], overrides[i + 1]);
                }
                return item;
            }
        }
        throw new IllegalArgumentException(formId + " has no list " + path);
    }

    /** The component with this key, wherever it sits in the form. */
    public static JsonNode component(String formId, String key) {
        for (JsonNode node : schema(formId).findParents("key")) {
            if (key.equals(node.path("key").asText())) {
                return node;
            }
        }
        throw new IllegalArgumentException(formId + " has no field " + key);
    }

    public static JsonNode schema(String formId) {
        try {
            return MAPPER.readTree(Files.readString(Path.of("forms", formId + ".form")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(JsonNode components, Map<String, Object> values) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if ("group".equals(type) && !c.has("path")) {
                fill(c.path("components"), values);
                continue;
            }
            if (!c.has("key") || !c.path("validate").path("required").asBoolean(false)) {
                continue;
            }
            values.put(c.get("key").asText(), valueFor(c, type));
        }
    }

    private static Object valueFor(JsonNode c, String type) {
        JsonNode options = c.path("values");
        return switch (type) {
            case "radio", "select" -> options.get(0).path("value").asText();
            case "checklist", "taglist" -> new ArrayList<>(List.of(options.get(0).path("value").asText()));
            case "checkbox" -> true;
            case "number" -> c.path("validate").has("min") ? c.path("validate").path("min").numberValue() : 1;
            case "datetime" -> "2027-03-01";
            default -> "Tekst fra testen";
        };
    }
}
