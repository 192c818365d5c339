package no.arshjul.web;

import no.arshjul.competence.CompetenceProfileService;
import no.arshjul.competence.CompetenceValidationException;
import no.arshjul.competence.HoldingDraft;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.Cookie;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts a person reads come from the message files, in the language the person chose on the pages,
 * bokmål by default and outside a request.
 */
@ArshjulTest
class TextsTest {

    @Autowired
    Texts texts;

    @Autowired
    CompetenceProfileService profiles;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void everyTextHasBothLanguages() throws IOException {
        Properties bokmal = load("/messages_nb.properties");
        Properties english = load("/messages_en.properties");

        assertThat(english.stringPropertyNames()).as("keys in bokmål without English")
                .containsAll(bokmal.stringPropertyNames());
        assertThat(bokmal.stringPropertyNames()).as("keys in English without bokmål")
                .containsAll(english.stringPropertyNames());
    }

    @Test
    void aRefusalIsInBokmalUnlessThePersonChoseEnglish() {
        assertThat(refusalOfAnUnknownEntryType(null))
                .startsWith("Type oppføring (entryType) må være en av ").endsWith(", ikke «DIPLOMA».");
        assertThat(refusalOfAnUnknownEntryType("en"))
                .startsWith("Type of entry (entryType) must be one of ").endsWith(", not \"DIPLOMA\".");
        assertThat(refusalOfAnUnknownEntryType("de")).as("a language Årshjul has no texts for")
                .startsWith("Type oppføring (entryType) må være en av ");
    }

    @Test
    void withoutARequestTextsAreInBokmalAndYearsAreNotGrouped() {
        assertThat(texts.forCaller("notification.skupAdopted.subject", "2027")).isEqualTo("SKUP 2027 er vedtatt");
        assertThat(texts.bokmal("notification.newTask.assigned", "Forbered samtalen", texts.bokmal("notification.newTask.due", "31.03.2027")))
                .isEqualTo("Du har fått en ny oppgave i Årshjul: «Forbered samtalen». Fristen er 31.03.2027.");
    }

    /** The message refusing a mapping entry of a type there is none of, for a person with this language cookie. */
    private String refusalOfAnUnknownEntryType(String language) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (language != null) {
            request.setCookies(new Cookie("arshjul-lang", language));
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        HoldingDraft diploma = new HoldingDraft("DIPLOMA", "Vitnemål", null, null, null, null, null, null, null);
        try {
            profiles.confirmRegistration("anne", List.of(diploma), "lars");
        } catch (CompetenceValidationException refused) {
            return refused.getErrors().stream().filter(e -> e.field().equals("holdings[0].entryType"))
                    .findFirst().orElseThrow().message();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        throw new AssertionError("an unknown entry type was accepted");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
