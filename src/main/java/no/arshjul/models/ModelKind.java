package no.arshjul.models;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three kinds of model HR changes, and the repository folder each belongs in. */
public enum ModelKind {
    BPMN("prosess", "processes/", List.of(".bpmn", ".bpmn20.xml")),
    DMN("beslutningstabell", "processes/", List.of(".dmn", ".dmn11.xml")),
    FORM("skjema", "forms/", List.of(".form"));

    private final String label;
    private final String folder;
    private final List<String> suffixes;

    ModelKind(String label, String folder, List<String> suffixes) {
        this.label = label;
        this.folder = folder;
        this.suffixes = suffixes;
    }

    /** Norwegian name for messages and the page. */
    public String label() {
        return label;
    }

    /** The folder in the repository: processes/ for BPMN and DMN, forms/ for forms. */
    public String folder() {
        return folder;
    }

    public static Optional<ModelKind> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.suffixes.stream().anyMatch(lower::endsWith)).findFirst();
    }
}
