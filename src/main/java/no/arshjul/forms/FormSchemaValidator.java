package no.arshjul.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a Camunda Forms (form-js, schemaVersion 16) submission against the form's schema on the server,
 * since the engine itself accepts whatever the browser sends. Messages (messages_nb/_en, form.field.*) name
 * the field by its label.
 * <p>
 * Text fields may not hold control characters (a text area may hold tabs and line breaks).
 * <p>
 * Fields with a {@code conditional.hide} expression (or inside a container that has one) may legitimately be
 * missing, so they are not required; their values are still checked when present.
 */
public final class FormSchemaValidator {

    private static final Pattern HTML = Pattern.compile("<[a-zA-Z!/?]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9]\\d{4,16}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?");
    private static final int MAX_ECHOED_CHARS = 40;

    private final FormTexts texts;

    public FormSchemaValidator(FormTexts texts) {
        this.texts = texts;
    }

    /** Every problem with the submitted values, in form order; empty when the submission is valid. */
    public List<FieldError> validate(String formJson, Map<String, Object> values) {
        return validate(FormModel.parse(formJson), values);
    }

    /** Throws IllegalArgumentException when the form itself cannot be checked (see FormModel.requireCheckable). */
    public List<FieldError> validate(FormModel form, Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        validateScope(form.requireCheckable().components(), values == null ? Map.of() : values, "", errors);
        return errors;
    }

    /** The top-level keys the form submits (input fields, group paths, dynamic list paths), in form order. */
    public List<String> submittedKeys(String formJson) {
        return FormModel.parse(formJson).requireCheckable().submittedKeys();
    }

    // ---- structure

    private void validateScope(List<FormComponent> scope, Map<?, ?> values, String prefix, List<FieldError> errors) {
        validateComponents(scope, values, prefix, errors);
        reportUnknownKeys(values, FormModel.declaredPaths(scope), prefix, errors);
    }

    private void validateComponents(List<FormComponent> scope, Map<?, ?> values, String prefix,
                                    List<FieldError> errors) {
        for (FormComponent component : scope) {
            if (component.isInput()) {
                problem(component, lookup(values, component.key())).ifPresent(message ->
                        errors.add(new FieldError(prefix + component.key(), component.label(), message)));
            } else if (component.isGroup() && component.path() == null) {
                validateComponents(component.children(), values, prefix, errors);
            } else if (component.isGroup()) {
                validateGroup(component, lookup(values, component.path()), prefix, errors);
            } else if (component.isDynamicList()) {
                validateList(component, lookup(values, component.path()), prefix, errors);
            }
        }
    }

    private void validateGroup(FormComponent group, Object value, String prefix, List<FieldError> errors) {
        String name = prefix + group.path();
        if (value == null) {
            validateScope(group.children(), Map.of(), name + ".", errors);
        } else if (value instanceof Map<?, ?> nested) {
            validateScope(group.children(), nested, name + ".", errors);
        } else {
            errors.add(wrongFormat(name, group.label()));
        }
    }

    private void validateList(FormComponent list, Object value, String prefix, List<FieldError> errors) {
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

    private void reportUnknownKeys(Map<?, ?> values, List<List<String>> declared, String prefix,
                                   List<FieldError> errors) {
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String key = String.valueOf(entry.getKey());
            List<List<String>> below = declared.stream().filter(path -> path.get(0).equals(key)).toList();
            if (below.isEmpty()) {
                errors.add(new FieldError(prefix + key, key, texts.get("form.field.unknown", key)));
            } else if (below.stream().allMatch(path -> path.size() > 1) && entry.getValue() instanceof Map<?, ?> nested) {
                List<List<String>> rest = below.stream().map(path -> path.subList(1, path.size())).toList();
                reportUnknownKeys(nested, rest, prefix + key + ".", errors);
            }
        }
    }

    private static Object lookup(Map<?, ?> values, String path) {
        Object current = values;
        for (String segment : FormModel.segments(path)) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    private FieldError wrongFormat(String name, String label) {
        return new FieldError(name, label, texts.get("form.field.wrongFormat", label));
    }

    // ---- fields

    private Optional<String> problem(FormComponent field, Object value) {
        if (field.type().equals("expression")) {
            return Optional.empty();
        }
        if (value == null) {
            return field.required() ? say(field, "form.field.required") : Optional.empty();
        }
        if (field.disabled()) {
            return say(field, "form.field.disabled");
        }
        if (field.required() && isEmpty(field, value)) {
            return say(field, "form.field.required");
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> checkText(field, value);
            case "number" -> checkNumber(field, value);
            case "checkbox" -> value instanceof Boolean ? Optional.empty() : say(field, "form.field.yesNo");
            case "radio", "select" -> checkChoice(field, value);
            case "checklist", "taglist" -> checkChoices(field, value);
            case "datetime" -> checkDateTime(field, value);
            default -> Optional.empty();
        };
    }

    private static boolean isEmpty(FormComponent field, Object value) {
        return value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty()
                || field.type().equals("checkbox") && Boolean.FALSE.equals(value);
    }

    private Optional<String> checkText(FormComponent field, Object value) {
        if (!(value instanceof String text)) {
            return say(field, "form.field.text");
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (hasControlCharacter(text, field.type().equals("textarea"))) {
            return say(field, "form.field.controlCharacter");
        }
        JsonNode validate = field.validate();
        int length = text.codePointCount(0, text.length());
        if (HTML.matcher(text).find()) {
            return say(field, "form.field.html");
        }
        if (validate.path("minLength").isInt() && length < validate.path("minLength").asInt()) {
            return say(field, "form.field.minLength", validate.path("minLength").asText(), String.valueOf(length));
        }
        if (validate.path("maxLength").isInt() && length > validate.path("maxLength").asInt()) {
            return say(field, "form.field.maxLength", validate.path("maxLength").asText(), String.valueOf(length));
        }
        if (validate.hasNonNull("pattern") && !pattern(field).matcher(text).matches()) {
            return say(field, "form.field.pattern");
        }
        return switch (validate.path("validationType").asText()) {
            case "email" -> EMAIL.matcher(text).matches() ? Optional.empty() : say(field, "form.field.email");
            case "phone" -> PHONE.matcher(text).matches() ? Optional.empty() : say(field, "form.field.phone");
            default -> Optional.empty();
        };
    }

    /**
     * NUL and the other control characters (C0, DEL, C1) cannot be typed, break storage (PostgreSQL
     * refuses NUL in text) and can hide content; only a text area may hold tabs and line breaks.
     */
    static boolean hasControlCharacter(String text, boolean multiLine) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(multiLine && (c == '\t' || c == '\n' || c == '\r')));
    }

    private static Pattern pattern(FormComponent field) {
        String pattern = field.validate().path("pattern").asText();
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Form field '" + field.key() + "' has an invalid pattern: " + pattern, e);
        }
    }

    private Optional<String> checkNumber(FormComponent field, Object value) {
        boolean acceptsText = field.json().path("serializeToString").asBoolean(false);
        Optional<BigDecimal> parsed = decimal(value, acceptsText);
        if (parsed.isEmpty()) {
            return say(field, "form.field.number");
        }
        BigDecimal number = parsed.get();
        JsonNode validate = field.validate();
        if (validate.path("min").isNumber() && number.compareTo(validate.path("min").decimalValue()) < 0) {
            return say(field, "form.field.min", plain(validate.path("min").decimalValue()));
        }
        if (validate.path("max").isNumber() && number.compareTo(validate.path("max").decimalValue()) > 0) {
            return say(field, "form.field.max", plain(validate.path("max").decimalValue()));
        }
        JsonNode decimalDigits = field.json().path("decimalDigits");
        if (decimalDigits.isInt() && number.stripTrailingZeros().scale() > decimalDigits.asInt()) {
            return decimalDigits.asInt() == 0 ? say(field, "form.field.wholeNumber")
                    : say(field, "form.field.decimals", decimalDigits.asText());
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

    private Optional<String> checkChoice(FormComponent field, Object value) {
        if (!(value instanceof String choice)) {
            return say(field, "form.field.text");
        }
        return isOption(field, choice) ? Optional.empty() : notAnOption(field, choice);
    }

    private Optional<String> checkChoices(FormComponent field, Object value) {
        if (!(value instanceof List<?> choices)) {
            return say(field, "form.field.list");
        }
        for (Object choice : choices) {
            if (!(choice instanceof String text) || !isOption(field, text)) {
                return notAnOption(field, choice);
            }
        }
        return Optional.empty();
    }

    private static boolean isOption(FormComponent field, String choice) {
        return field.hasDynamicValues() || field.values().contains(choice);
    }

    private Optional<String> notAnOption(FormComponent field, Object choice) {
        String shown = String.valueOf(choice);
        if (shown.length() > MAX_ECHOED_CHARS) {
            shown = shown.substring(0, MAX_ECHOED_CHARS) + "…";
        }
        return Optional.of(texts.get("form.field.notAnOption", field.label(), shown));
    }

    private Optional<String> checkDateTime(FormComponent field, Object value) {
        String text = value instanceof String s ? s : "";
        return switch (field.subtype()) {
            case "time" -> TIME.matcher(text).matches() ? Optional.empty() : say(field, "form.field.time");
            case "datetime" -> isDateTime(text) ? Optional.empty() : say(field, "form.field.dateTime");
            default -> isDate(text) ? Optional.empty() : say(field, "form.field.date");
        };
    }

    /** True for a real calendar date written as form-js writes it (åååå-mm-dd). */
    public static boolean isDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
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

    private Optional<String> say(FormComponent field, String code, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = field.label();
        System.arraycopy(details, 0, args, 1, details.length);
        return Optional.of(texts.get(code, args));
    }
}
