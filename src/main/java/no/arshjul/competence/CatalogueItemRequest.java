package no.arshjul.competence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A catalogue entry as HR sends it: to create one, or to change one (the code cannot change). The
 * messages are keys in the message files, which the validator reads in the caller's language.
 */
public record CatalogueItemRequest(
        @NotBlank(message = "{competence.catalogue.code.required}")
        @Size(max = 40, message = "{competence.catalogue.code.tooLong}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{competence.catalogue.code.pattern}")
        String code,

        @NotBlank(message = "{competence.catalogue.name.required}")
        @Size(max = 200, message = "{competence.catalogue.name.tooLong}")
        String name,

        @NotBlank(message = "{competence.catalogue.kind.required}")
        @Pattern(regexp = "FORMAL|REAL", message = "{competence.catalogue.kind.unknown}")
        String kind,

        @NotBlank(message = "{competence.catalogue.itemType.required}")
        @Size(max = 40, message = "{competence.catalogue.itemType.tooLong}")
        @Pattern(regexp = "[A-Z][A-Z_]*", message = "{competence.catalogue.itemType.pattern}")
        String itemType,

        @Size(max = 2000, message = "{competence.catalogue.description.tooLong}")
        String description,

        @Min(value = 1, message = "{competence.catalogue.validityMonths.range}")
        @Max(value = 600, message = "{competence.catalogue.validityMonths.range}")
        Integer validityMonths) {
}
