package no.arshjul.models;

/** One difference between an uploaded model and the version that runs now, described for HR. */
public record ModelChange(String file, String model, Type type, String elementId, String description) {

    public enum Type {
        NEW_MODEL("Ny"), ADDED("Lagt til"), REMOVED("Fjernet"), CHANGED("Endret"), UNCHANGED("Uendret");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
