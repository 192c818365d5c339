package no.arshjul.models;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/** Where HR's models live on disk, and the name their start-up deployment carries. */
@ConfigurationProperties(prefix = "arshjul.models")
public record ModelProperties(Path processesDir, Path formsDir, String deploymentName) {
}
