package no.arshjul.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TasksConfiguration {

    @Bean
    FormSchemaValidator formSchemaValidator(ObjectMapper mapper) {
        return new FormSchemaValidator(mapper);
    }
}
