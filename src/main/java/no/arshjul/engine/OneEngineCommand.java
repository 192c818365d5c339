package no.arshjul.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Several engine calls run as one engine command. With authorization on, every command first asks
 * the database whether a revoke authorization applies to the caller; calls inside one command share
 * that answer instead of asking again each (the inbox makes four calls on every request).
 */
@Component
public class OneEngineCommand {

    private final ProcessEngine engine;

    public OneEngineCommand(ProcessEngine engine) {
        this.engine = engine;
    }

    public <T> T call(Supplier<T> calls) {
        // The engine's required-transaction executor lets the calls inside join the command it opens.
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> calls.get());
    }
}
