package no.arshjul.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The engine keeps a command's listeners in a list and looks through all of it, comparing with
 * equals, before adding one. Every task the command creates registers itself, and again each time
 * one of its properties is set, so a launch batch that creates 400 tasks compared listeners tens of
 * thousands of times: 3.5 % of a launch's CPU, growing with the square of the batch. Here a listener
 * is looked up by identity in a set. The one listener of the engine with its own equals is the task
 * (equal by id), and a command holds one task object per id (the engine's entity cache), so the same
 * listeners are called.
 */
@Component
class CommandListenersPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new ListenersFoundAtOnce(processEngineConfiguration);
            }
        };
        // the engine gives its configuration only to the factory it makes itself
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }

    static final class ListenersFoundAtOnce extends CommandContext {

        private final Set<CommandContextListener> registered = Collections.newSetFromMap(new IdentityHashMap<>());

        ListenersFoundAtOnce(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        public void registerCommandContextListener(CommandContextListener listener) {
            if (registered.add(listener)) {
                commandContextListeners.add(listener);
            }
        }
    }
}
