package no.arshjul.engine;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds Årshjul's refusal mappers to Camunda's Jersey application at /engine-rest. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer engineRestRefusals(MessageSource messages) {
        EngineRestRefusals refusals = new EngineRestRefusals(messages);
        return config -> config
                .register(new EngineRestRefusals.RestExceptions(refusals))
                .register(new EngineRestRefusals.EngineExceptions(refusals))
                .register(new EngineRestRefusals.OtherExceptions(refusals))
                .register(new EngineRestRefusals.JsonParseExceptions(refusals))
                .register(new EngineRestRefusals.JsonMappingExceptions(refusals));
    }

    @Bean
    RefusedFormLogging refusedFormLogging() {
        return new RefusedFormLogging();
    }
}
