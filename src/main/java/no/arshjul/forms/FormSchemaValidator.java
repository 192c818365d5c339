package no.arshjul.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a Camunda Forms (form-js, schemaVersion 16) submission against the form's schema on the server,
 * since the engine itself accepts whatever the browser sends. Messages are Norwegian and name the field by
 * its label.
 * <p>
 * Fields with a {@code conditional.hide} expression (or inside a container that has one) may legitimately be
 * missing, so they are not required; their values are still checked when present.
 */
public final class FormSchemaValidator {

    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
            "checklist", "radio", "select", "taglist", "datetime", "expression");
    private static final Set<String> DISPLAY_TYPES = Set.of("text", "html", "image", "separator", "spacer",
            "button", "iframe", "table");
    private static final Pattern HTML = Pattern.compile("<[a-zA-Z!/?]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9]\\d{4,16}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?");
    private static final int MAX_ECHOED_CHARS = 40;

    private sealed interface Node permits Field, Group, DynamicList {
    }

    private record Field(JsonNode component, String type, String key, String label, boolean required) implements Node {
    }

    /** A group; {@code path} is null when its children's keys are top-level. */
    private record Group(String path, String label, List<Node> children) implements Node {
    }

    private record DynamicList(String path, String label, List<Node> children) implements Node {
    }

    private final ObjectMapper mapper;

    public FormSchemaValidator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** True for the component types that submit a value and so need a key. */
    public static boolean isInputType(String type) {
        return INPUT_TYPES.contains(type);
    }

    /** True for every component type this validator understands; a form with another type cannot be submitted. */
    public static boolean isKnownType(String type) {
        return INPUT_TYPES.contains(type) || DISPLAY_TYPES.contains(type) || "group".equals(type)
                || "dynamiclist".equals(type);
    }

    /** Every problem with the submitted values, in form order; empty when the submission is valid. */
    public List<FieldError> validate(String formJson, Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        validateScope(parse(formJson), values == null ? Map.of() : values, "", errors);
        return errors;
    }

    /** The top-level keys the form submits (input fields, group paths, dynamic list paths), in form order. */
    public List<String> submittedKeys(String formJson) {
        Set<String> keys = new LinkedHashSet<>();
        declaredPaths(parse(formJson)).forEach(path -> keys.add(path.get(0)));
        return List.copyOf(keys);
    }

    // ---- schema

    private List<Node> parse(String formJson) {
        if (formJson == null) {
            throw new IllegalArgumentException("No form schema");
        }
        JsonNode form;
        try {
            form = mapper.readTree(formJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Form schema is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (form == null || !form.isObject() || !form.path("components").isArray()) {
            throw new IllegalArgumentException("Form schema has no components array");
        }
        return nodes(form.path("components"), false);
    }

    private List<Node> nodes(JsonNode components, boolean mayBeHidden) {
        List<Node> nodes = new ArrayList<>();
        for (JsonNode component : components) {
            node(component, mayBeHidden).ifPresent(nodes::add);
        }
        return nodes;
    }

    private Optional<Node> node(JsonNode component, boolean parentMayBeHidden) {
        String type = component.path("type").asText();
        boolean mayBeHidden = parentMayBeHidden || hasHideCondition(component);
        if (INPUT_TYPES.contains(type)) {
            return Optional.of(field(component, type, mayBeHidden));
        }
        return switch (type) {
            case "group" -> Optional.of(new Group(text(component, "path"), label(component),
                    nodes(component.path("components"), mayBeHidden)));
            case "dynamiclist" -> Optional.of(new DynamicList(requiredText(component, "path"), label(component),
                    nodes(component.path("components"), mayBeHidden)));
            default -> {
                if (!DISPLAY_TYPES.contains(type)) {
                    throw new IllegalArgumentException("Unsupported form component type '" + type + "'");
                }
                yield Optional.empty();
            }
        };
    }

    private static Field field(JsonNode component, String type, boolean mayBeHidden) {
        boolean required = component.path("validate").path("required").asBoolean(false) && !mayBeHidden;
        return new Field(component, type, requiredText(component, "key"), label(component), required);
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

    private static String text(JsonNode component, String property) {
        JsonNode node = component.path(property);
        return node.isValueNode() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static String requiredText(JsonNode component, String property) {
        String value = text(component, property);
        if (value == null) {
            throw new IllegalArgumentException("Form component '" + component.path("id").asText()
                    + "' (" + component.path("type").asText() + ") has no " + property);
        }
        return value;
    }

    private static List<List<String>> declaredPaths(List<Node> nodes) {
        List<List<String>> paths = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Field field) {
                paths.add(segments(field.key()));
            } else if (node instanceof Group group) {
                if (group.path() == null) {
                    paths.addAll(declaredPaths(group.children()));
                } else {
                    paths.add(segments(group.path()));
                }
            } else if (node instanceof DynamicList list) {
                paths.add(segments(list.path()));
            }
        }
        return paths;
    }

    private static List<String> segments(String path) {
        return Arrays.asList(path.split("\\."));
    }

    // ---- structure

    private void validateScope(List<Node> nodes, Map<?, ?> values, String prefix, List<FieldError> errors) {
        validateNodes(nodes, values, prefix, errors);
        reportUnknownKeys(values, declaredPaths(nodes), prefix, errors);
    }

    private void validateNodes(List<Node> nodes, Map<?, ?> values, String prefix, List<FieldError> errors) {
        for (Node node : nodes) {
            if (node instanceof Field field) {
                problem(field, lookup(values, field.key()))
                        .ifPresent(message -> errors.add(new FieldError(prefix + field.key(), field.label(), message)));
            } else if (node instanceof Group group && group.path() == null) {
                validateNodes(group.children(), values, prefix, errors);
            } else if (node instanceof Group group) {
                validateGroup(group, lookup(values, group.path()), prefix, errors);
            } else if (node instanceof DynamicList list) {
                validateList(list, lookup(values, list.path()), prefix, errors);
            }
        }
    }

    private void validateGroup(Group group, Object value, String prefix, List<FieldError> errors) {
        String name = prefix + group.path();
        if (value == null) {
            validateScope(group.children(), Map.of(), name + ".", errors);
        } else if (value instanceof Map<?, ?> nested) {
            validateScope(group.children(), nested, name + ".", errors);
        } else {
            errors.add(wrongFormat(name, group.label()));
        }
    }

    private void validateList(DynamicList list, Object value, String prefix, List<FieldError> errors) {
        String name = prefix + list.path();
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> items)) {
            errors.add(wrongFormat(name, list.label()));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String itemName = name + "[" + i + "]";
            if (items.get(i) instanceof Map<?, ?> item) {
                validateScope(list.children(), item, itemName + ".", errors);
            } else {
                errors.add(wrongFormat(itemName, list.label()));
            }
        }
    }

    private static void reportUnknownKeys(Map<?, ?> values, List<List<String>> declared, String prefix,
                                          List<FieldError> errors) {
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String key = String.valueOf(entry.getKey());
            List<List<String>> below = declared.stream().filter(path -> path.get(0).equals(key)).toList();
            if (below.isEmpty()) {
                errors.add(new FieldError(prefix + key, key, "Ukjent felt: «" + key + "» finnes ikke i skjemaet."));
            } else if (below.stream().allMatch(path -> path.size() > 1) && entry.getValue() instanceof Map<?, ?> nested) {
                List<List<String>> rest = below.stream().map(path -> path.subList(1, path.size())).toList();
                reportUnknownKeys(nested, rest, prefix + key + ".", errors);
            }
        }
    }

    private static Object lookup(Map<?, ?> values, String path) {
        Object current = values;
        for (String segment : segments(path)) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    private static FieldError wrongFormat(String name, String label) {
        return new FieldError(name, label, "«" + label + "» har feil format.");
    }

    // ---- fields

    private Optional<String> problem(Field field, Object value) {
        if (field.type().equals("expression")) {
            return Optional.empty();
        }
        if (value == null) {
            return field.required() ? say(field, "må fylles ut.") : Optional.empty();
        }
        if (field.component().path("disabled").asBoolean(false)) {
            return say(field, "kan ikke endres.");
        }
        if (field.required() && isEmpty(field, value)) {
            return say(field, "må fylles ut.");
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> checkText(field, value);
            case "number" -> checkNumber(field, value);
            case "checkbox" -> value instanceof Boolean ? Optional.empty() : say(field, "må være ja eller nei.");
            case "radio", "select" -> checkChoice(field, value);
            case "checklist", "taglist" -> checkChoices(field, value);
            case "datetime" -> checkDateTime(field, value);
            default -> Optional.empty();
        };
    }

    private static boolean isEmpty(Field field, Object value) {
        return value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty()
                || field.type().equals("checkbox") && Boolean.FALSE.equals(value);
    }

    private static Optional<String> checkText(Field field, Object value) {
        if (!(value instanceof String text)) {
            return say(field, "må være tekst.");
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        JsonNode validate = field.component().path("validate");
        int length = text.codePointCount(0, text.length());
        if (HTML.matcher(text).find()) {
            return say(field, "kan ikke inneholde HTML-kode.");
        }
        if (validate.path("minLength").isInt() && length < validate.path("minLength").asInt()) {
            return say(field, "må ha minst " + validate.path("minLength").asInt() + " tegn (har " + length + ").");
        }
        if (validate.path("maxLength").isInt() && length > validate.path("maxLength").asInt()) {
            return say(field, "kan ha høyst " + validate.path("maxLength").asInt() + " tegn (har " + length + ").");
        }
        if (validate.hasNonNull("pattern") && !pattern(field).matcher(text).matches()) {
            return say(field, "har feil format.");
        }
        return switch (validate.path("validationType").asText()) {
            case "email" -> EMAIL.matcher(text).matches() ? Optional.empty()
                    : say(field, "må være en gyldig e-postadresse.");
            case "phone" -> PHONE.matcher(text).matches() ? Optional.empty()
                    : say(field, "må være et telefonnummer med landkode, for eksempel +4712345678.");
            default -> Optional.empty();
        };
    }

    private static Pattern pattern(Field field) {
        String pattern = field.component().path("validate").path("pattern").asText();
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Form field '" + field.key() + "' has an invalid pattern: " + pattern, e);
        }
    }

    private static Optional<String> checkNumber(Field field, Object value) {
        boolean acceptsText = field.component().path("serializeToString").asBoolean(false);
        Optional<BigDecimal> parsed = decimal(value, acceptsText);
        if (parsed.isEmpty()) {
            return say(field, "må være et tall.");
        }
        BigDecimal number = parsed.get();
        JsonNode validate = field.component().path("validate");
        if (validate.path("min").isNumber() && number.compareTo(validate.path("min").decimalValue()) < 0) {
            return say(field, "må være minst " + plain(validate.path("min").decimalValue()) + ".");
        }
        if (validate.path("max").isNumber() && number.compareTo(validate.path("max").decimalValue()) > 0) {
            return say(field, "må være høyst " + plain(validate.path("max").decimalValue()) + ".");
        }
        JsonNode decimalDigits = field.component().path("decimalDigits");
        if (decimalDigits.isInt() && number.stripTrailingZeros().scale() > decimalDigits.asInt()) {
            return decimalDigits.asInt() == 0 ? say(field, "må være et helt tall.")
                    : say(field, "kan ha høyst " + decimalDigits.asInt() + " desimaler.");
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> decimal(Object value, boolean acceptsText) {
        if (value instanceof Number || acceptsText && value instanceof String) {
            try {
                return Optional.of(new BigDecimal(value.toString().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static Optional<String> checkChoice(Field field, Object value) {
        if (!(value instanceof String choice)) {
            return say(field, "må være tekst.");
        }
        return isOption(field, choice) ? Optional.empty() : notAnOption(field, choice);
    }

    private static Optional<String> checkChoices(Field field, Object value) {
        if (!(value instanceof List<?> choices)) {
            return say(field, "må være en liste.");
        }
        for (Object choice : choices) {
            if (!(choice instanceof String text) || !isOption(field, text)) {
                return notAnOption(field, choice);
            }
        }
        return Optional.empty();
    }

    private static boolean isOption(Field field, String choice) {
        JsonNode component = field.component();
        if (text(component, "valuesKey") != null || text(component, "valuesExpression") != null) {
            return true;
        }
        for (JsonNode option : component.path("values")) {
            if (option.path("value").isValueNode() && option.path("value").asText().equals(choice)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> notAnOption(Field field, Object choice) {
        String shown = String.valueOf(choice);
        if (shown.length() > MAX_ECHOED_CHARS) {
            shown = shown.substring(0, MAX_ECHOED_CHARS) + "…";
        }
        return Optional.of("«" + field.label() + "»: «" + shown + "» er ikke et av valgene.");
    }

    private static Optional<String> checkDateTime(Field field, Object value) {
        String text = value instanceof String s ? s : "";
        return switch (field.component().path("subtype").asText("date")) {
            case "time" -> TIME.matcher(text).matches() ? Optional.empty()
                    : say(field, "må være et klokkeslett (tt:mm).");
            case "datetime" -> isDateTime(text) ? Optional.empty()
                    : say(field, "må være dato og klokkeslett (åååå-mm-ddTtt:mm).");
            default -> isDate(text) ? Optional.empty() : say(field, "må være en dato (åååå-mm-dd).");
        };
    }

    private static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException again) {
                return false;
            }
        }
    }

    private static Optional<String> say(Field field, String rest) {
        return Optional.of("«" + field.label() + "» " + rest);
    }
}
