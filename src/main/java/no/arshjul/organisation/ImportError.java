package no.arshjul.organisation;

/**
 * One problem in an uploaded file: the line (1 is the header), the column, what is wrong as a
 * code ({@code organisation.import.<code>} in the message files) and as text in the language of
 * the person who uploaded it.
 */
public record ImportError(int line, String field, String code, String message) {
}
