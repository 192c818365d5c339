package no.arshjul.forms;

import no.arshjul.support.BokmalTexts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FormSchemaValidatorTest {

    private static final String FIELDS_FORM = """
            {
              "id": "fields", "type": "default", "schemaVersion": 16,
              "components": [
                { "id": "intro", "type": "text", "text": "## Hei" },
                { "id": "name", "type": "textfield", "key": "name", "label": "Navn",
                  "validate": { "required": true, "minLength": 2, "maxLength": 20 } },
                { "id": "note", "type": "textarea", "key": "note", "label": "Merknad",
                  "validate": { "maxLength": 50 } },
                { "id": "code", "type": "textfield", "key": "code", "label": "Kode",
                  "validate": { "pattern": "[A-Z]{3}-[0-9]{2}" } },
                { "id": "email", "type": "textfield", "key": "email", "label": "E-post",
                  "validate": { "validationType": "email" } },
                { "id": "phone", "type": "textfield", "key": "phone", "label": "Telefon",
                  "validate": { "validationType": "phone" } },
                { "id": "hours", "type": "number", "key": "hours", "label": "Timer",
                  "decimalDigits": 1, "validate": { "min": 0, "max": 37.5 } },
                { "id": "count", "type": "number", "key": "count", "label": "Antall", "decimalDigits": 0 },
                { "id": "agreed", "type": "checkbox", "key": "agreed", "label": "Enig",
                  "validate": { "required": true } },
                { "id": "priority", "type": "radio", "key": "priority", "label": "Prioritet",
                  "values": [ { "label": "Høy", "value": "high" }, { "label": "Lav", "value": "low" } ] },
                { "id": "level", "type": "select", "key": "level", "label": "Nivå",
                  "values": [ { "label": "Grunnleggende", "value": "basic" }, { "label": "Ekspert", "value": "expert" } ] },
                { "id": "unit", "type": "select", "key": "unit", "label": "Enhet", "valuesKey": "units" },
                { "id": "topics", "type": "checklist", "key": "topics", "label": "Temaer",
                  "values": [ { "label": "HMS", "value": "hms" }, { "label": "IKT", "value": "ikt" } ] },
                { "id": "tags", "type": "taglist", "key": "tags", "label": "Stikkord",
                  "values": [ { "label": "Ledelse", "value": "ledelse" }, { "label": "Språk", "value": "sprak" } ] },
                { "id": "due", "type": "datetime", "subtype": "date", "key": "due", "dateLabel": "Frist" },
                { "id": "meeting", "type": "datetime", "subtype": "datetime", "key": "meeting",
                  "dateLabel": "Møtedag", "timeLabel": "Møtetid" },
                { "id": "start", "type": "datetime", "subtype": "time", "key": "start", "timeLabel": "Starttid" },
                { "id": "employee", "type": "textfield", "key": "employee", "label": "Medarbeider", "disabled": true },
                { "id": "summary", "type": "expression", "key": "summary", "expression": "=name" },
                { "id": "spacer", "type": "spacer" }
              ]
            }
            """;

    private static final String CONTAINERS_FORM = """
            {
              "id": "containers", "type": "default", "schemaVersion": 16,
              "components": [
                { "id": "person", "type": "group", "label": "Person",
                  "components": [
                    { "id": "firstName", "type": "textfield", "key": "firstName", "label": "Fornavn",
                      "validate": { "required": true } }
                  ] },
                { "id": "address", "type": "group", "label": "Adresse", "path": "address",
                  "components": [
                    { "id": "street", "type": "textfield", "key": "street", "label": "Gate",
                      "validate": { "required": true } },
                    { "id": "zip", "type": "textfield", "key": "zip", "label": "Postnummer",
                      "validate": { "pattern": "[0-9]{4}" } }
                  ] },
                { "id": "measures", "type": "dynamiclist", "label": "Tiltak", "path": "measures",
                  "components": [
                    { "id": "title", "type": "textfield", "key": "title", "label": "Tittel",
                      "validate": { "required": true, "maxLength": 30 } },
                    { "id": "measureDue", "type": "datetime", "subtype": "date", "key": "due", "dateLabel": "Frist" }
                  ] }
              ]
            }
            """;

    private static final String CONDITIONAL_AND_DOTTED_FORM = """
            {
              "id": "conditional", "type": "default", "schemaVersion": 16,
              "components": [
                { "id": "reason", "type": "textfield", "key": "reason", "label": "Begrunnelse",
                  "validate": { "required": true }, "conditional": { "hide": "=approved" } },
                { "id": "city", "type": "textfield", "key": "contact.address.city", "label": "By",
                  "validate": { "required": true } },
                { "id": "amount", "type": "number", "key": "amount", "label": "Beløp", "serializeToString": true }
              ]
            }
            """;

    private final FormSchemaValidator validator = new FormSchemaValidator(BokmalTexts.bokmal());

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static Map<String, Object> validFields(Object... overrides) {
        Map<String, Object> values = values(
                "name", "Kari Nordmann",
                "note", "Ønsker kurs i Excel.",
                "code", "ABC-12",
                "email", "kari@kommune.no",
                "phone", "+4791234567",
                "hours", 7.5,
                "count", 3,
                "agreed", true,
                "priority", "high",
                "level", "expert",
                "unit", "pleie-og-omsorg",
                "topics", List.of("hms", "ikt"),
                "tags", List.of("ledelse"),
                "due", "2025-03-01",
                "meeting", "2025-03-01T14:30",
                "start", "08:15",
                "summary", Map.of("anything", List.of(1, 2)));
        values.putAll(values(overrides));
        return values;
    }

    private List<FieldError> fieldErrors(Object... overrides) {
        return validator.validate(FIELDS_FORM, validFields(overrides));
    }

    private List<String> messages(Object... overrides) {
        return fieldErrors(overrides).stream().map(FieldError::message).toList();
    }

    @Nested
    class ValidSubmissions {

        @Test
        void aCompleteSubmissionHasNoErrors() {
            assertThat(validator.validate(FIELDS_FORM, validFields())).isEmpty();
        }

        @Test
        void missingOptionalFieldsAreFine() {
            assertThat(validator.validate(FIELDS_FORM, values("name", "Ola", "agreed", true))).isEmpty();
        }

        @Test
        void nullOptionalFieldsAreFine() {
            assertThat(fieldErrors("note", null, "hours", null, "level", null, "due", null, "employee", null)).isEmpty();
        }

        @Test
        void anEmptyOptionalTextIsFine() {
            assertThat(fieldErrors("note", "", "code", "", "email", "")).isEmpty();
        }

        @Test
        void numbersOfEveryJavaTypeAreAccepted() {
            assertThat(fieldErrors("hours", 7, "count", 3L)).isEmpty();
            assertThat(fieldErrors("hours", new BigDecimal("37.50"), "count", 3.0)).isEmpty();
        }

        @Test
        void aDateTimeMayHaveAnOffsetAndATimeMayHaveOne() {
            assertThat(fieldErrors("meeting", "2025-03-01T14:30:00Z", "start", "08:15+01:00")).isEmpty();
            assertThat(fieldErrors("meeting", "2025-03-01T14:30+01:00", "start", "23:59Z")).isEmpty();
        }

        @Test
        void aLeapDayIsARealDate() {
            assertThat(fieldErrors("due", "2024-02-29")).isEmpty();
        }

        @Test
        void anExpressionFieldAcceptsAnything() {
            assertThat(fieldErrors("summary", "<b>x</b>")).isEmpty();
            assertThat(fieldErrors("summary", 42)).isEmpty();
        }

        @Test
        void aSelectWithValuesKeyAcceptsAnyString() {
            assertThat(fieldErrors("unit", "whatever-the-engine-offered")).isEmpty();
            assertThat(messages("unit", 12)).containsExactly("«Enhet» må være tekst.");
        }
    }

    @Nested
    class Required {

        @Test
        void missingRequiredFieldsAreNamedByLabel() {
            assertThat(validator.validate(FIELDS_FORM, values()))
                    .containsExactly(
                            new FieldError("name", "Navn", "«Navn» må fylles ut."),
                            new FieldError("agreed", "Enig", "«Enig» må fylles ut."));
        }

        @Test
        void nullAndBlankCountAsMissing() {
            assertThat(messages("name", null)).containsExactly("«Navn» må fylles ut.");
            assertThat(messages("name", "   ")).containsExactly("«Navn» må fylles ut.");
        }

        @Test
        void aRequiredCheckboxMustBeTicked() {
            assertThat(messages("agreed", false)).containsExactly("«Enig» må fylles ut.");
        }

        @Test
        void aRequiredListMustNotBeEmpty() {
            String form = """
                    { "id": "f", "type": "default", "schemaVersion": 16, "components": [
                      { "id": "topics", "type": "checklist", "key": "topics", "label": "Temaer",
                        "validate": { "required": true }, "values": [ { "label": "HMS", "value": "hms" } ] } ] }
                    """;
            assertThat(validator.validate(form, values("topics", List.of())))
                    .extracting(FieldError::message).containsExactly("«Temaer» må fylles ut.");
        }

        @Test
        void aFieldThatMayBeHiddenIsNotRequiredButStillChecked() {
            assertThat(validator.validate(CONDITIONAL_AND_DOTTED_FORM, values("contact", Map.of("address", Map.of("city", "Bodø")))))
                    .isEmpty();
            assertThat(validator.validate(CONDITIONAL_AND_DOTTED_FORM,
                    values("reason", 5, "contact", Map.of("address", Map.of("city", "Bodø")))))
                    .extracting(FieldError::message).containsExactly("«Begrunnelse» må være tekst.");
        }
    }

    @Nested
    class Text {

        @Test
        void tooLongTextGivesTheLimitAndTheLength() {
            assertThat(fieldErrors("name", "x".repeat(21)))
                    .containsExactly(new FieldError("name", "Navn", "«Navn» kan ha høyst 20 tegn (har 21)."));
        }

        @Test
        void lengthCountsCharactersNotUtf16Units() {
            assertThat(fieldErrors("name", "😀".repeat(20))).isEmpty();
        }

        @Test
        void tooShortText() {
            assertThat(messages("name", "K")).containsExactly("«Navn» må ha minst 2 tegn (har 1).");
        }

        @Test
        void textMustBeAString() {
            assertThat(messages("name", 42)).containsExactly("«Navn» må være tekst.");
            assertThat(messages("note", List.of("a"))).containsExactly("«Merknad» må være tekst.");
        }

        @Test
        void aPatternMustMatchTheWholeText() {
            assertThat(messages("code", "ABC-1")).containsExactly("«Kode» har feil format.");
            assertThat(messages("code", "xABC-12")).containsExactly("«Kode» har feil format.");
            assertThat(messages("code", "ABC-12x")).containsExactly("«Kode» har feil format.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"kari", "kari@kommune", "kari @kommune.no", "@kommune.no"})
        void anEmailMustLookLikeOne(String email) {
            assertThat(messages("email", email)).containsExactly("«E-post» må være en gyldig e-postadresse.");
        }

        @Test
        void aPhoneNumberNeedsACountryCode() {
            assertThat(fieldErrors("phone", "004791234567")).isEmpty();
            assertThat(messages("phone", "91234567"))
                    .containsExactly("«Telefon» må være et telefonnummer med landkode, for eksempel +4712345678.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"<script>alert(1)</script>", "<b>x</b>", "Hei<img src=x onerror=alert(1)>",
                "</textarea>", "<!-- skjult -->", "<?php echo 1; ?>", "a<B>"})
        void htmlIsRefused(String text) {
            assertThat(messages("note", text)).containsExactly("«Merknad» kan ikke inneholde HTML-kode.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a < b", "<3", "x<5 og y>2", "1 <= 2", "Pil -> høyre", "<<", "< b>"})
        void comparisonsAndHeartsAreNotHtml(String text) {
            assertThat(fieldErrors("note", text)).isEmpty();
        }
    }

    @Nested
    class Numbers {

        @Test
        void aNumberMustNotBeAString() {
            assertThat(fieldErrors("hours", "7.5"))
                    .containsExactly(new FieldError("hours", "Timer", "«Timer» må være et tall."));
            assertThat(messages("hours", true)).containsExactly("«Timer» må være et tall.");
        }

        @Test
        void notANumberIsNotANumber() {
            assertThat(messages("hours", Double.NaN)).containsExactly("«Timer» må være et tall.");
        }

        @Test
        void minAndMax() {
            assertThat(messages("hours", -1)).containsExactly("«Timer» må være minst 0.");
            assertThat(messages("hours", 37.6)).containsExactly("«Timer» må være høyst 37.5.");
            assertThat(fieldErrors("hours", 37.5)).isEmpty();
        }

        @Test
        void decimalDigitsZeroMeansAWholeNumber() {
            assertThat(messages("count", 2.5)).containsExactly("«Antall» må være et helt tall.");
        }

        @Test
        void decimalDigitsLimitTheDecimals() {
            assertThat(messages("hours", 7.25)).containsExactly("«Timer» kan ha høyst 1 desimaler.");
        }

        @Test
        void aNumberSerializedToStringIsAcceptedAsText() {
            Map<String, Object> city = Map.of("address", Map.of("city", "Bodø"));
            assertThat(validator.validate(CONDITIONAL_AND_DOTTED_FORM, values("contact", city, "amount", "12.50"))).isEmpty();
            assertThat(validator.validate(CONDITIONAL_AND_DOTTED_FORM, values("contact", city, "amount", "tolv")))
                    .extracting(FieldError::message).containsExactly("«Beløp» må være et tall.");
        }
    }

    @Nested
    class Choices {

        @Test
        void aCheckboxMustBeABoolean() {
            assertThat(messages("agreed", "true")).containsExactly("«Enig» må være ja eller nei.");
        }

        @Test
        void aRadioValueMustBeAnOption() {
            assertThat(fieldErrors("priority", "urgent"))
                    .containsExactly(new FieldError("priority", "Prioritet", "«Prioritet»: «urgent» er ikke et av valgene."));
        }

        @Test
        void aSelectValueMustBeAnOption() {
            assertThat(messages("level", "Ekspert")).containsExactly("«Nivå»: «Ekspert» er ikke et av valgene.");
        }

        @Test
        void anEchoedValueIsShortened() {
            assertThat(messages("level", "x".repeat(100)))
                    .containsExactly("«Nivå»: «" + "x".repeat(40) + "…» er ikke et av valgene.");
        }

        @Test
        void everyChecklistValueMustBeAnOption() {
            assertThat(messages("topics", List.of("hms", "fotball"))).containsExactly("«Temaer»: «fotball» er ikke et av valgene.");
            assertThat(messages("topics", List.of("hms", 1))).containsExactly("«Temaer»: «1» er ikke et av valgene.");
        }

        @Test
        void aChecklistMustBeAList() {
            assertThat(messages("topics", "hms")).containsExactly("«Temaer» må være en liste.");
        }

        @Test
        void everyTagMustBeAnOption() {
            assertThat(messages("tags", List.of("ledelse", "golf"))).containsExactly("«Stikkord»: «golf» er ikke et av valgene.");
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"01.03.2025", "2025-3-1", "2025-03-01T10:00", "i morgen", "20250301"})
        void aDateMustBeIsoFormatted(String date) {
            assertThat(fieldErrors("due", date))
                    .containsExactly(new FieldError("due", "Frist", "«Frist» må være en dato (åååå-mm-dd)."));
        }

        @Test
        void aDateMustExist() {
            assertThat(messages("due", "2025-02-30")).containsExactly("«Frist» må være en dato (åååå-mm-dd).");
            assertThat(messages("due", "2025-02-29")).containsExactly("«Frist» må være en dato (åååå-mm-dd).");
            assertThat(messages("due", "2025-13-01")).containsExactly("«Frist» må være en dato (åååå-mm-dd).");
        }

        @Test
        void aDateMustBeText() {
            assertThat(messages("due", 20250301)).containsExactly("«Frist» må være en dato (åååå-mm-dd).");
        }

        @Test
        void aDateTimeNeedsDateAndTime() {
            assertThat(messages("meeting", "2025-03-01"))
                    .containsExactly("«Møtedag» må være dato og klokkeslett (åååå-mm-ddTtt:mm).");
            assertThat(messages("meeting", "2025-02-30T10:00"))
                    .containsExactly("«Møtedag» må være dato og klokkeslett (åååå-mm-ddTtt:mm).");
        }

        @ParameterizedTest
        @ValueSource(strings = {"8:15", "24:00", "08:60", "08.15", "kvart over åtte"})
        void aTimeMustBeHoursAndMinutes(String time) {
            assertThat(messages("start", time)).containsExactly("«Starttid» må være et klokkeslett (tt:mm).");
        }
    }

    @Nested
    class KeysAndDisabledFields {

        @Test
        void anUnknownKeyIsRefused() {
            assertThat(fieldErrors("salary", 1_000_000))
                    .containsExactly(new FieldError("salary", "salary", "Ukjent felt: «salary» finnes ikke i skjemaet."));
        }

        @Test
        void aDisplayComponentSubmitsNothing() {
            assertThat(fieldErrors("intro", "tekst")).extracting(FieldError::field).containsExactly("intro");
        }

        @Test
        void aDisabledFieldCannotBeChanged() {
            assertThat(fieldErrors("employee", "Ola"))
                    .containsExactly(new FieldError("employee", "Medarbeider", "«Medarbeider» kan ikke endres."));
        }

        @Test
        void dottedKeysAreNestedObjects() {
            assertThat(validator.validate(CONDITIONAL_AND_DOTTED_FORM, values("contact", Map.of("address", Map.of()))))
                    .containsExactly(new FieldError("contact.address.city", "By", "«By» må fylles ut."));
            assertThat(validator.validate(CONDITIONAL_AND_DOTTED_FORM,
                    values("contact", Map.of("address", Map.of("city", "Bodø", "zip", "8000")))))
                    .extracting(FieldError::field).containsExactly("contact.address.zip");
        }
    }

    @Nested
    class Containers {

        private Map<String, Object> validContainers(Object... overrides) {
            Map<String, Object> values = values(
                    "firstName", "Kari",
                    "address", values("street", "Storgata 1", "zip", "8006"),
                    "measures", List.of(values("title", "Kurs i HMS", "due", "2025-05-01"), values("title", "Hospitering")));
            values.putAll(values(overrides));
            return values;
        }

        @Test
        void aValidSubmissionHasNoErrors() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers())).isEmpty();
        }

        @Test
        void anUnpathedGroupsFieldsAreTopLevel() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("firstName", null)))
                    .containsExactly(new FieldError("firstName", "Fornavn", "«Fornavn» må fylles ut."));
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("person", Map.of("firstName", "Kari"))))
                    .extracting(FieldError::field).containsExactly("person");
        }

        @Test
        void aPathedGroupsFieldsAreNestedUnderItsPath() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("address", values("zip", "80"))))
                    .containsExactly(
                            new FieldError("address.street", "Gate", "«Gate» må fylles ut."),
                            new FieldError("address.zip", "Postnummer", "«Postnummer» har feil format."));
        }

        @Test
        void aMissingPathedGroupStillHasRequiredFields() {
            Map<String, Object> values = validContainers();
            values.remove("address");
            assertThat(validator.validate(CONTAINERS_FORM, values))
                    .extracting(FieldError::field).containsExactly("address.street");
        }

        @Test
        void aPathedGroupFieldAtTopLevelIsUnknown() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("street", "Storgata 1")))
                    .extracting(FieldError::message).containsExactly("Ukjent felt: «street» finnes ikke i skjemaet.");
        }

        @Test
        void anUnknownKeyInsideAPathedGroupIsRefused() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("address", values("street", "Storgata 1", "floor", 3))))
                    .containsExactly(new FieldError("address.floor", "floor", "Ukjent felt: «floor» finnes ikke i skjemaet."));
        }

        @Test
        void aPathedGroupMustBeAnObject() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("address", "Storgata 1")))
                    .containsExactly(new FieldError("address", "Adresse", "«Adresse» har feil format."));
        }

        @Test
        void aBadDynamicListItemIsNamedByIndex() {
            List<Object> measures = List.of(values("title", "Kurs i HMS"), values("title", "x".repeat(31)));
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("measures", measures)))
                    .containsExactly(new FieldError("measures[1].title", "Tittel", "«Tittel» kan ha høyst 30 tegn (har 31)."));
        }

        @Test
        void everyDynamicListItemIsChecked() {
            List<Object> measures = List.of(values("due", "2025-02-30"), values("title", "Kurs", "cost", 100));
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("measures", measures)))
                    .extracting(FieldError::field, FieldError::message)
                    .containsExactly(
                            tuple("measures[0].title", "«Tittel» må fylles ut."),
                            tuple("measures[0].due", "«Frist» må være en dato (åååå-mm-dd)."),
                            tuple("measures[1].cost", "Ukjent felt: «cost» finnes ikke i skjemaet."));
        }

        @Test
        void aDynamicListMustBeAListOfObjects() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("measures", "Kurs")))
                    .containsExactly(new FieldError("measures", "Tiltak", "«Tiltak» har feil format."));
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("measures", List.of(values("title", "Kurs"), "Kurs"))))
                    .containsExactly(new FieldError("measures[1]", "Tiltak", "«Tiltak» har feil format."));
        }

        @Test
        void anEmptyDynamicListIsFine() {
            assertThat(validator.validate(CONTAINERS_FORM, validContainers("measures", List.of()))).isEmpty();
        }
    }

    @Test
    void allErrorsAreReportedInFormOrderWithUnknownKeysLast() {
        Map<String, Object> values = values(
                "bonus", 1,
                "start", "25:00",
                "count", 1.5,
                "agreed", false,
                "name", "<b>Kari</b>",
                "level", "master");
        assertThat(validator.validate(FIELDS_FORM, values))
                .extracting(FieldError::field)
                .containsExactly("name", "count", "agreed", "level", "start", "bonus");
    }

    @Test
    void submittedKeysFollowTheForm() {
        assertThat(validator.submittedKeys(FIELDS_FORM)).containsExactly("name", "note", "code", "email", "phone",
                "hours", "count", "agreed", "priority", "level", "unit", "topics", "tags", "due", "meeting", "start",
                "employee", "summary");
        assertThat(validator.submittedKeys(CONTAINERS_FORM)).containsExactly("firstName", "address", "measures");
        assertThat(validator.submittedKeys(CONDITIONAL_AND_DOTTED_FORM)).containsExactly("reason", "contact", "amount");
    }

    @Test
    void anInvalidSchemaIsRefused() {
        assertThatThrownBy(() -> validator.validate("{not json", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> validator.validate("{\"type\": \"default\"}", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> validator.submittedKeys(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> validator.submittedKeys("""
                { "components": [ { "id": "x", "type": "textfield", "label": "Uten nøkkel" } ] }
                """)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> validator.submittedKeys("""
                { "components": [ { "id": "x", "type": "filepicker", "key": "file" } ] }
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filepicker");
    }

    @Nested
    class RealCalendarForm {

        private String form() throws IOException {
            return Files.readString(Path.of("forms/annual-cycle-calendar.form"), StandardCharsets.UTF_8);
        }

        private Map<String, Object> goodCalendar() {
            return values(
                    "year", 2027,
                    "mappingOpens", "2027-01-11",
                    "mappingDeadline", "2027-02-12",
                    "talksOpen", "2027-02-15",
                    "talksDeadline", "2027-04-30",
                    "sectorInputOpens", "2027-04-01",
                    "sectorInputDeadline", "2027-05-14",
                    "kompetanseforumMeeting", "2027-06-03",
                    "consultationMeeting", "2027-09-09",
                    "approvalDeadline", "2027-10-01",
                    "publicationDate", "2027-10-15",
                    "evaluationDeadline", "2027-11-30",
                    "startChoice", "AS_SET",
                    "calendarNote", "Husk at vinterferien er i uke 8.");
        }

        @Test
        void aGoodCalendarIsAccepted() throws IOException {
            assertThat(validator.validate(form(), goodCalendar())).isEmpty();
        }

        @Test
        void aBadCalendarIsRefusedFieldByField() throws IOException {
            Map<String, Object> calendar = goodCalendar();
            calendar.put("year", "2027");
            calendar.put("mappingDeadline", "2027-02-30");
            calendar.remove("talksDeadline");
            calendar.put("calendarNote", "<script>alert(1)</script>");
            calendar.put("intro", "x");
            assertThat(validator.validate(form(), calendar)).containsExactly(
                    new FieldError("year", "År", "«År» må være et tall."),
                    new FieldError("mappingDeadline", "Frist for kompetansekartlegging",
                            "«Frist for kompetansekartlegging» må være en dato (åååå-mm-dd)."),
                    new FieldError("talksDeadline", "Frist for medarbeidersamtaler",
                            "«Frist for medarbeidersamtaler» må fylles ut."),
                    new FieldError("calendarNote", "Merknad til kalenderen",
                            "«Merknad til kalenderen» kan ikke inneholde HTML-kode."),
                    new FieldError("intro", "intro", "Ukjent felt: «intro» finnes ikke i skjemaet."));
        }

        @Test
        void theYearIsAWholeNumberInRange() throws IOException {
            Map<String, Object> calendar = goodCalendar();
            calendar.put("year", 2019);
            assertThat(validator.validate(form(), calendar)).extracting(FieldError::message).containsExactly("«År» må være minst 2020.");
            calendar.put("year", 2027.5);
            assertThat(validator.validate(form(), calendar)).extracting(FieldError::message).containsExactly("«År» må være et helt tall.");
        }

        @Test
        void itsKeysAreTheCalendarVariables() throws IOException {
            assertThat(validator.submittedKeys(form())).containsExactlyElementsOf(goodCalendar().keySet());
        }
    }
}
