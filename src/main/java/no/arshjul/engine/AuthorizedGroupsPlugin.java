package no.arshjul.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * In every command that checks authorizations, the engine first narrows the person's groups to
 * those some authorization names, by reading the group of every row of ACT_RU_AUTHORIZATION. There
 * is a row per open task for its assignee, so in a municipality of 50,000 that is a scan of over
 * 100,000 rows, three times for each inbox. The narrowing changes no answer (a group that no
 * authorization names matches none), so the person's few groups are used as they are.
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new AuthorizationsForAllGroups();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static final class AuthorizationsForAllGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>()
                    : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
