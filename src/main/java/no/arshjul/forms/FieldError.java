package no.arshjul.forms;

/**
 * One problem with a submitted form: the field's name in the submission ({@code measures[1].title} inside a
 * dynamic list), the label the user sees, and a Norwegian message naming the field.
 */
public record FieldError(String field, String label, String message) {
}
