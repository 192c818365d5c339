package no.arshjul.forms;

import no.arshjul.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

    /** In the language the person chose in Årshjul, on every path (the API, /engine-rest, Modeler's uploads). */
    @Bean
    FormTexts formTexts(MessageSource messages, Texts texts) {
        return new FormTexts(messages, texts::callerLocale);
    }

    @Bean
    FormSchemaValidator formSchemaValidator(FormTexts texts) {
        return new FormSchemaValidator(texts);
    }
}
