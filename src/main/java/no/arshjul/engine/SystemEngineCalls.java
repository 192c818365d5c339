package no.arshjul.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs engine calls without the logged-in person's engine authorizations, for reads that Årshjul
 * has already allowed by its own rules (a leader's overview of the people they lead, HR's totals,
 * the form an answer was given in). The caller's authentication is put back afterwards.
 */
@Component
public class SystemEngineCalls {

    private final IdentityService identityService;

    public SystemEngineCalls(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> call) {
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

    public void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}
