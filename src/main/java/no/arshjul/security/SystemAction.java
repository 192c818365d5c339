package no.arshjul.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.function.Supplier;

/**
 * Engine work Årshjul does on its own behalf while serving someone's request (moving tasks to a
 * new leader, starting a newcomer's processes): it must not depend on that person's rights.
 */
public final class SystemAction {

    private SystemAction() {
    }

    public static <T> T run(IdentityService identityService, Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    public static void run(IdentityService identityService, Runnable work) {
        run(identityService, () -> {
            work.run();
            return null;
        });
    }
}
