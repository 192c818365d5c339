package no.arshjul.forms;

import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Texts for refusals and model findings, from messages_nb/_en. The language is the one the person chose
 * in Årshjul (bokmål unless they chose English), on every path: Årshjul's API, /engine-rest from
 * Camunda Tasklist, and uploads from Camunda Modeler, which carry no Årshjul locale of their own.
 */
public class FormTexts {

    private final MessageSource messages;
    private final Supplier<Locale> locale;

    public FormTexts(MessageSource messages, Supplier<Locale> locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Numbers among the arguments are best passed as text: MessageFormat would group their digits. */
    public String get(String code, Object... args) {
        return messages.getMessage(code, args, locale.get());
    }
}
