package no.arshjul.models;

/** A migration that cannot be started as asked; nothing was changed. */
public class MigrationRefusedException extends RuntimeException {

    MigrationRefusedException(String message) {
        super(message);
    }
}
