package no.arshjul.organisation;

import java.util.List;

/** The whole file is refused; nothing from it has been stored. Built by {@link ImportRefusals}. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportError> errors;

    ImportRejectedException(String message, List<ImportError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** By line, then column. */
    public List<ImportError> getErrors() {
        return errors;
    }
}
