package no.arshjul.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Gives the engine Årshjul's own version of one of its per-command parts (an engine "session"). */
final class EngineSessions {

    private EngineSessions() {
    }

    static void replace(ProcessEngineConfigurationImpl configuration, Class<?> type, Supplier<Session> opener) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return opener.get();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }
}
