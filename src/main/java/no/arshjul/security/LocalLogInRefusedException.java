package no.arshjul.security;

/** A change of the log-in settings that would lock people out; the message key says why. */
public class LocalLogInRefusedException extends RuntimeException {

    private final String messageKey;

    LocalLogInRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
