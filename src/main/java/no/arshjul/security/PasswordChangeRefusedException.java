package no.arshjul.security;

import java.util.List;

/** A password change with problems, each naming its field and a message key; nothing was changed. */
public class PasswordChangeRefusedException extends RuntimeException {

    private final List<Problem> problems;

    PasswordChangeRefusedException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public record Problem(String field, String messageKey, Object... args) {
    }
}
