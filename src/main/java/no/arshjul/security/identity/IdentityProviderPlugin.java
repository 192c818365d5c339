package no.arshjul.security.identity;

import no.arshjul.organisation.Role;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;

/** Plugs the organisation into the engine as its identity, and makes camunda-admin the engine's admin group. */
@Component
public class IdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final OrganisationIdentityProvider provider;

    // Lazy: the provider needs JPA, which must not be built before the engine configuration.
    public IdentityProviderPlugin(@Lazy OrganisationIdentityProvider provider) {
        this.provider = provider;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return provider;
            }
        });
        configuration.setAdminGroups(List.of(Role.CAMUNDA_ADMIN.groupId()));
    }
}
