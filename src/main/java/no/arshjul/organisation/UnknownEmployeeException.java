package no.arshjul.organisation;

import org.springframework.context.MessageSourceResolvable;

public class UnknownEmployeeException extends RuntimeException implements MessageSourceResolvable {

    private final String userId;

    public UnknownEmployeeException(String userId) {
        super("Unknown user: " + userId);
        this.userId = userId;
    }

    /** What the person is told, from the message files. */
    @Override
    public String[] getCodes() {
        return new String[]{"problem.unknownEmployee"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[]{userId};
    }
}
