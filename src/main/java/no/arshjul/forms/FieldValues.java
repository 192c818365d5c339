package no.arshjul.forms;

import java.util.Map;

/** Values read through the fields a handler has declared: the submission, or one row of a dynamic list. */
public interface FieldValues {

    /** The raw values, keyed as the form submits them. */
    Map<String, Object> data();

    /** The field's value as its kind reads it; null when not given (or blank). */
    default <T> T get(ContractField<T> field) {
        return field.read(data().get(field.key()));
    }

    /** Like {@link #get}, for a field the form requires: a missing value is a broken contract, not bad input. */
    default <T> T require(ContractField<T> field) {
        T value = get(field);
        if (value == null) {
            throw new IllegalStateException("Required form field '" + field.key() + "' has no value");
        }
        return value;
    }

    /** A row of a dynamic list. */
    record Row(Map<String, Object> data) implements FieldValues {
    }
}
