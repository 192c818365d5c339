package no.arshjul.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the engine an expression manager that resolves only process variables and the beans in
 * {@link ModelAllowList}, and refuses reflection and the engine behind an execution or a task, so a
 * model that never went through the upload check (deployed before it, or written into the database
 * directly) fails its step instead of running code. First of the plugins, because the others (Spin)
 * add their functions to whatever expression manager is set when they run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExpressionGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;

    ExpressionGuardPlugin(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new GuardedExpressionManager(applicationContext));
    }
}
