package no.arshjul.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;

/**
 * Texts a person reads, from messages_nb.properties and messages_en.properties. Arguments are
 * put in as they are: pass years and counts as text, so 2027 does not become "2 027".
 */
@Component
public class Texts {

    private final MessageSource messages;
    private final LocaleResolver locales;

    public Texts(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * In the language of the person being served: the one they chose on the pages ({@code ?lang=en},
     * kept in a cookie), else bokmål. Outside a request (an engine job) it is bokmål.
     */
    public String forCaller(String key, Object... args) {
        return messages.getMessage(key, args, callerLocale());
    }

    /**
     * In bokmål, for what is sent or kept for people whose language Årshjul does not know:
     * notifications and mail, reasons stored in records, the SKUP document.
     */
    public String bokmal(String key, Object... args) {
        return messages.getMessage(key, args, LocaleConfiguration.BOKMAL);
    }

    /**
     * As {@link #forCaller}, for code that runs before the request is bound to the thread: Spring
     * Security's filters (the request context is set up after them, just before the servlets).
     */
    public String forRequest(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, LocaleConfiguration.supported(locales.resolveLocale(request)));
    }

    /** The caller's language as the texts are chosen by: English when they asked for it, else bokmål. */
    public Locale callerLocale() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return LocaleConfiguration.supported(locales.resolveLocale(request));
        }
        return LocaleConfiguration.BOKMAL;
    }
}
