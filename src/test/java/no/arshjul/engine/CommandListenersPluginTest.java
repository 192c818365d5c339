package no.arshjul.engine;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A command's listeners are called when it ends, each listener object once, in the order they came. */
@ArshjulTest
class CommandListenersPluginTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void everyCommandFindsItsListenersAtOnce() {
        CommandContext context = configuration().getCommandExecutorTxRequired().execute(c -> c);

        assertThat(context).isInstanceOf(CommandListenersPlugin.ListenersFoundAtOnce.class);
    }

    @Test
    void aListenerRegisteredAgainIsCalledOnce() {
        List<String> calls = new ArrayList<>();
        Listener first = new Listener("first", calls);
        Listener second = new Listener("second", calls);

        configuration().getCommandExecutorTxRequired().execute(context -> {
            context.registerCommandContextListener(first);
            context.registerCommandContextListener(second);
            context.registerCommandContextListener(first);
            context.registerCommandContextListener(second);
            context.registerCommandContextListener(new Listener("third", calls));
            return null;
        });

        assertThat(calls).containsExactly("first", "second", "third");
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private record Listener(String name, List<String> calls) implements CommandContextListener {

        @Override
        public void onCommandContextClose(CommandContext commandContext) {
            calls.add(name);
        }

        @Override
        public void onCommandFailed(CommandContext commandContext, Throwable t) {
        }
    }
}
