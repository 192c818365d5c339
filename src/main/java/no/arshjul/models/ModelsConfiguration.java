package no.arshjul.models;

import no.arshjul.engine.SystemEngineCalls;
import no.arshjul.forms.FormTexts;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ModelsConfiguration {

    /** Camunda Modeler's deployments, checked like the models page's: on that one path, after Spring Security. */
    @Bean
    FilterRegistrationBean<ModelerDeployFilter> modelerDeployFilter(ModelDeployer deployer, IdentityService identityService,
                                                                     AuthorizationService authorizationService,
                                                                     DeploymentLogRepository log, SystemEngineCalls system,
                                                                     ObjectMapper mapper, Clock clock, FormTexts texts) {
        FilterRegistrationBean<ModelerDeployFilter> registration = new FilterRegistrationBean<>(
                new ModelerDeployFilter(deployer, identityService, authorizationService, log, system, mapper, clock, texts));
        registration.addUrlPatterns("/engine-rest/deployment/create");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
