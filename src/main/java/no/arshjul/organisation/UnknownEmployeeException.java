package no.arshjul.organisation;

public class UnknownEmployeeException extends RuntimeException {

    public UnknownEmployeeException(String userId) {
        super("Ukjent bruker: " + userId);
    }
}
