package no.arshjul.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

    @Bean
    FormSchemaValidator formSchemaValidator(ObjectMapper mapper) {
        return new FormSchemaValidator(mapper);
    }
}
