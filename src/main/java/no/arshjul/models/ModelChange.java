package no.arshjul.models;

/**
 * One difference between an uploaded model and the version that runs now, described for HR. The
 * models page names the type from the message files ({@code model.change.<TYPE>}).
 */
public record ModelChange(String file, String model, Type type, String elementId, String description) {

    public enum Type {
        NEW_MODEL, ADDED, REMOVED, CHANGED, UNCHANGED
    }
}
