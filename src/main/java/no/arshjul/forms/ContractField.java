package no.arshjul.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A field a submission handler reads: its key, the kind of value it expects, whether it relies on the
 * form requiring it, the option values it branches on, and (for a dynamic list) the fields of a row.
 * Declared once as a constant and used both to read the submission and by the model check, which refuses
 * a form that no longer gives the handler this field.
 */
public final class ContractField<T> {

    private final String key;
    private final FieldKind kind;
    private final boolean required;
    private final Set<String> values;
    private final List<ContractField<?>> rowFields;
    private final Function<Object, T> reader;

    private ContractField(String key, FieldKind kind, boolean required, Set<String> values,
                          List<ContractField<?>> rowFields, Function<Object, T> reader) {
        this.key = key;
        this.kind = kind;
        this.required = required;
        this.values = values;
        this.rowFields = rowFields;
        this.reader = reader;
    }

    private static <T> ContractField<T> of(String key, FieldKind kind, Function<Object, T> reader) {
        return new ContractField<>(key, kind, false, Set.of(), List.of(), reader);
    }

    public static ContractField<String> text(String key) {
        return of(key, FieldKind.TEXT, ContractField::string);
    }

    public static ContractField<LocalDate> date(String key) {
        return of(key, FieldKind.DATE, value -> {
            String text = string(value);
            return text == null ? null : LocalDate.parse(text);
        });
    }

    public static ContractField<Integer> integer(String key) {
        return of(key, FieldKind.NUMBER, value -> {
            BigDecimal number = decimalOf(value);
            return number == null ? null : number.intValue();
        });
    }

    public static ContractField<BigDecimal> decimal(String key) {
        return of(key, FieldKind.NUMBER, ContractField::decimalOf);
    }

    /** A single choice whose values the code branches on: the form must offer every one of them. */
    public static ContractField<String> choice(String key, String... valuesBranchedOn) {
        return new ContractField<>(key, FieldKind.CHOICE, false, Set.of(valuesBranchedOn), List.of(),
                ContractField::string);
    }

    public static ContractField<List<String>> choices(String key) {
        return of(key, FieldKind.CHOICES, value -> value instanceof List<?> list
                ? list.stream().map(Object::toString).toList() : List.of());
    }

    /** A dynamic list whose rows hold these fields; read as rows, never null. */
    public static ContractField<List<FieldValues>> list(String key, ContractField<?>... rowFields) {
        return new ContractField<>(key, FieldKind.LIST, false, Set.of(), List.of(rowFields), value ->
                value instanceof List<?> rows ? rows.stream().map(ContractField::row).toList() : List.of());
    }

    /** The same field, which the form must require: the handler cannot do without it. */
    public ContractField<T> required() {
        return new ContractField<>(key, kind, true, values, rowFields, reader);
    }

    public String key() {
        return key;
    }

    public FieldKind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public Set<String> values() {
        return values;
    }

    public List<ContractField<?>> rowFields() {
        return rowFields;
    }

    T read(Object value) {
        return reader.apply(value);
    }

    @Override
    public String toString() {
        return key + " (" + kind + (required ? ", required" : "") + ")";
    }

    private static String string(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static BigDecimal decimalOf(Object value) {
        String text = string(value);
        return text == null ? null : new BigDecimal(text.strip());
    }

    @SuppressWarnings("unchecked")
    private static FieldValues row(Object value) {
        return new FieldValues.Row(value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
    }
}
