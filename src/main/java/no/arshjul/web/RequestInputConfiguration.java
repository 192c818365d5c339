package no.arshjul.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** What a request body may be: at most {@code arshjul.api.max-body-size}, and text without control characters. */
@Configuration(proxyBeanMethods = false)
class RequestInputConfiguration implements WebMvcConfigurer {

    /** After Spring Security, so a caller without credentials gets 401 before anything is read. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(@Value("${arshjul.api.max-body-size:1MB}") DataSize limit,
                                                              @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize fileLimit,
                                                              MessageSource messages) {
        String refusal = messages.getMessage("problem.tooLarge", new Object[]{RequestBodyLimit.readable(limit.toBytes())}, LocaleConfiguration.BOKMAL);
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limit.toBytes(), fileLimit.toBytes(), refusal.replace("\"", "'")));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }

    /**
     * Only the API's request reading refuses control characters: the application's shared
     * ObjectMapper (stored drafts, engine values) is left as it is.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter jackson) {
                ObjectMapper strict = jackson.getObjectMapper().copy().registerModule(ControlCharacterRejection.module());
                MappingJackson2HttpMessageConverter replacement = new MappingJackson2HttpMessageConverter(strict);
                replacement.setSupportedMediaTypes(jackson.getSupportedMediaTypes());
                converters.set(i, replacement);
            }
        }
    }
}
