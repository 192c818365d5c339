package no.arshjul.competence;

import java.util.List;

/** The competence API's error body: like {@code ApiExceptionHandler.ApiError}, with fields instead of lines. */
public record CompetenceApiError(int status, String message, List<InvalidField> errors) {
}
