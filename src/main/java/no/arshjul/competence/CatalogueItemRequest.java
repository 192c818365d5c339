package no.arshjul.competence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A catalogue entry as HR sends it: to create one, or to change one (the code cannot change). */
public record CatalogueItemRequest(
        @NotBlank(message = "Kode (code) må fylles ut.")
        @Size(max = 40, message = "Kode (code) kan ha høyst 40 tegn.")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*",
                message = "Kode (code) kan bare ha store bokstaver A–Z, sifre og bindestrek, og må begynne med bokstav eller siffer, for eksempel FB-HFA.")
        String code,

        @NotBlank(message = "Navn (name) må fylles ut.")
        @Size(max = 200, message = "Navn (name) kan ha høyst 200 tegn.")
        String name,

        @NotBlank(message = "Art (kind) må fylles ut: FORMAL (formell) eller REAL (realkompetanse).")
        @Pattern(regexp = "FORMAL|REAL", message = "Art (kind) må være FORMAL (formell) eller REAL (realkompetanse).")
        String kind,

        @NotBlank(message = "Type (itemType) må fylles ut, for eksempel COURSE, CERTIFICATE eller AUTHORISATION.")
        @Size(max = 40, message = "Type (itemType) kan ha høyst 40 tegn.")
        @Pattern(regexp = "[A-Z][A-Z_]*", message = "Type (itemType) skrives med store bokstaver og understrek, for eksempel CRAFT_CERTIFICATE.")
        String itemType,

        @Size(max = 2000, message = "Beskrivelse (description) kan ha høyst 2000 tegn.")
        String description,

        @Min(value = 1, message = "Gyldighet i måneder (validityMonths) må være mellom 1 og 600, eller stå tom hvis den ikke går ut.")
        @Max(value = 600, message = "Gyldighet i måneder (validityMonths) må være mellom 1 og 600, eller stå tom hvis den ikke går ut.")
        Integer validityMonths) {
}
