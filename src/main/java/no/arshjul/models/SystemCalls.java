package no.arshjul.models;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs engine calls on Årshjul's behalf, without the caller's engine authorizations. Only for work
 * the caller may do by Årshjul's own rules (HR, checked before): reading model metadata, counting
 * and migrating instances. HR must not get engine read access to talks' variables to do it.
 */
@Component
class SystemCalls {

    private final IdentityService identityService;

    SystemCalls(IdentityService identityService) {
        this.identityService = identityService;
    }

    <T> T run(Supplier<T> call) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
