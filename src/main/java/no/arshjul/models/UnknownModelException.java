package no.arshjul.models;

/** No model version, deployment or migration with this id. */
public class UnknownModelException extends RuntimeException {

    UnknownModelException(String message) {
        super(message);
    }
}
