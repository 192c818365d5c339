package no.arshjul.forms;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;

@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Bean
    FormTexts formTexts(MessageSource messages, ObjectProvider<LocaleResolver> localeResolver) {
        return new FormTexts(messages, () -> {
            LocaleResolver resolver = localeResolver.getIfAvailable();
            if (resolver != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                Locale chosen = resolver.resolveLocale(request);
                return chosen != null && "en".equals(chosen.getLanguage()) ? Locale.ENGLISH : BOKMAL;
            }
            return BOKMAL;
        });
    }

    @Bean
    FormSchemaValidator formSchemaValidator(FormTexts texts) {
        return new FormSchemaValidator(texts);
    }
}
