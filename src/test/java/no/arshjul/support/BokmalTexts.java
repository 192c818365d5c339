package no.arshjul.support;

import no.arshjul.forms.FormTexts;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/** The app's messages_nb/_en texts for unit tests, in bokmål or English, without a Spring context. */
public final class BokmalTexts {

    private BokmalTexts() {
    }

    public static FormTexts bokmal() {
        return in(Locale.forLanguageTag("nb"));
    }

    public static FormTexts english() {
        return in(Locale.ENGLISH);
    }

    private static FormTexts in(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FormTexts(messages, () -> locale);
    }
}
