package no.arshjul.competence;

/** One field that was refused, named as the client sent it, and what is wrong with it. */
public record InvalidField(String field, String message) {
}
