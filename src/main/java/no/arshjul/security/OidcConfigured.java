package no.arshjul.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Single sign-on is on when an issuer is set, and not blank (an empty ARSHJUL_OIDC_ISSUER_URI means off). */
class OidcConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String issuer = context.getEnvironment().getProperty("arshjul.oidc.issuer-uri", "");
        return issuer.isBlank()
                ? ConditionOutcome.noMatch("no OpenID Connect issuer (arshjul.oidc.issuer-uri)")
                : ConditionOutcome.match("OpenID Connect issuer " + issuer);
    }
}
