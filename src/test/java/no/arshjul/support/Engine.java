package no.arshjul.support;

import org.camunda.bpm.engine.IdentityService;

import java.util.List;
import java.util.function.Supplier;

/** Runs engine calls as a given user and groups, the way a request filter does, and clears afterwards. */
public final class Engine {

    private Engine() {
    }

    public static <T> T as(IdentityService identity, String userId, List<String> groups, Supplier<T> call) {
        identity.setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public static void as(IdentityService identity, String userId, List<String> groups, Runnable call) {
        as(identity, userId, groups, () -> {
            call.run();
            return null;
        });
    }
}
