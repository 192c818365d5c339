package no.arshjul.organisation;

import java.util.Comparator;
import java.util.List;

/** The whole file is refused; nothing from it has been stored. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super("Filen ble avvist: " + errors.size() + " feil. Ingenting er lagret.");
        this.errors = errors.stream()
                .sorted(Comparator.comparingInt(ImportError::line).thenComparing(ImportError::field))
                .toList();
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
