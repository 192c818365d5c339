package no.arshjul.forms;

import no.arshjul.support.BokmalTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** NUL and the other control characters are refused in text; a text area may hold tabs and line breaks. */
class ControlCharacterTest {

    static final String FORM = """
            {"id": "f", "type": "default", "components": [
              {"id": "t", "type": "textfield", "key": "title", "label": "Tittel"},
              {"id": "n", "type": "textarea", "key": "note", "label": "Notat"}
            ]}""";

    final FormSchemaValidator validator = new FormSchemaValidator(BokmalTexts.bokmal());

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0007", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\tb", "a\nb", "a\rb"})
    void aTextFieldTakesNoControlCharacterAtAll(String text) {
        assertThat(validator.validate(FORM, Map.of("title", text)))
                .extracting(FieldError::field, FieldError::label, FieldError::message)
                .containsExactly(tuple("title", "Tittel", "«Tittel» inneholder kontrolltegn (usynlige tegn, for eksempel "
                        + "nulltegn), som ikke kan lagres. Fjern dem og send inn på nytt."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u000Bb", "a\u000Cb"})
    void aTextAreaTakesNoOtherControlCharacter(String text) {
        assertThat(validator.validate(FORM, Map.of("note", text))).extracting(FieldError::field).containsExactly("note");
    }

    @Test
    void aTextAreaKeepsTabsAndLineBreaksAndOrdinaryTextPasses() {
        assertThat(validator.validate(FORM, Map.of("note", "Linje 1\r\n\tLinje 2\nÆØÅ – «sitat» €", "title", "Årshjul ✓")))
                .isEmpty();
    }

    @Test
    void theRefusalIsInEnglishForSomeoneWhoChoseEnglish() {
        FormSchemaValidator english = new FormSchemaValidator(BokmalTexts.english());

        assertThat(english.validate(FORM, Map.of("title", "a\u0000"))).extracting(FieldError::message)
                .containsExactly("«Tittel» contains control characters (invisible characters such as the null character), "
                        + "which cannot be saved. Remove them and submit again.");
    }
}
