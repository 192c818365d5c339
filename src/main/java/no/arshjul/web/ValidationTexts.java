package no.arshjul.web;

import jakarta.validation.MessageInterpolator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/**
 * Bean Validation messages written as {@code message = "{key}"} come from the message files, in the
 * language {@link Texts} chooses: the caller's (bokmål unless they chose English), and bokmål outside
 * a request. Spring Boot's own interpolator reads the message files too, but in the JVM's language
 * outside a request and in any language a cookie names, for which there are no texts.
 */
@Configuration(proxyBeanMethods = false)
class ValidationTexts {

    @Bean
    ValidationConfigurationCustomizer validationInTheCallersLanguage(MessageSource messages, ObjectProvider<Texts> texts) {
        MessageInterpolator fromFiles = new MessageInterpolatorFactory(messages).getObject();
        return configuration -> configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return fromFiles.interpolate(template, context, texts.getObject().callerLocale());
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return fromFiles.interpolate(template, context, LocaleConfiguration.supported(locale));
            }
        });
    }
}
