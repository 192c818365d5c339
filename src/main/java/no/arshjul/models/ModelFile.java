package no.arshjul.models;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One model file as it is (or will be) deployed. Uploaded files are named like the repository:
 * {@code processes/x.bpmn}, {@code processes/x.dmn}, {@code forms/x.form}, whatever folder they came from.
 */
public record ModelFile(String name, byte[] content) implements Serializable {

    public static ModelFile uploaded(String originalName, byte[] content) {
        String base = baseName(originalName == null ? "uten-navn" : originalName);
        return new ModelFile(ModelKind.of(base).map(k -> k.folder() + base).orElse(base), content);
    }

    public Optional<ModelKind> kind() {
        return ModelKind.of(name);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public static String baseName(String name) {
        String normalised = name.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }
}
