package no.arshjul.organisation;

/** One problem in an uploaded file: the line (1 is the header), the column, and what is wrong. */
public record ImportError(int line, String field, String message) {
}
