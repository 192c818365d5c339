package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What ships in processes/ and forms/ passes the same checks HR's uploads do, with no errors. */
@ArshjulTest
class ShippedModelsAreValidTest {

    @Autowired
    ModelValidator validator;
    @Autowired
    FormTexts texts;

    @Test
    void everyShippedModelAndFormPassesHrsValidation() throws IOException {
        List<ModelFile> files = new ArrayList<>();
        for (String folder : List.of("processes", "forms")) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                for (Path p : paths.sorted().toList()) {
                    files.add(ModelFile.uploaded(p.getFileName().toString(), Files.readAllBytes(p)));
                }
            }
        }

        ValidationReport report = validator.validate(files);

        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        assertThat(report.errors()).as(report.errorText(texts)).isEmpty();
    }
}
