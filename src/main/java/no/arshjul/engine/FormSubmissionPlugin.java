package no.arshjul.engine;

import no.arshjul.forms.FormSubmissionPipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Puts the engine call guard and the form submission check inside every engine command's transaction. */
@Component
class FormSubmissionPlugin extends AbstractProcessEnginePlugin {

    private final FormSubmissionPipeline pipeline;
    private final ObjectMapper mapper;
    private final MessageSource messages;

    // Lazy: the pipeline uses JPA, which must not be built before the engine configuration.
    FormSubmissionPlugin(@Lazy FormSubmissionPipeline pipeline, ObjectMapper mapper, MessageSource messages) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new EngineCallGuard(messages));
        interceptors.add(new EngineFormSubmissions(pipeline, mapper));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }
}
