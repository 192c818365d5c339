package no.arshjul.security;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Single sign-on through the municipality's OpenID Connect provider, present only when an issuer
 * is configured. The provider says who someone is; Årshjul decides whether they are in (an active
 * employee) and what they may do (their roles).
 */
@Configuration
@Conditional(OidcConfigured.class)
class OidcConfiguration {

    /** The error a log-in fails with when the provider knows the person and Årshjul does not. */
    static final String NOT_REGISTERED = "arshjul_not_registered";

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcSettings settings) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(OidcSettings.REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .userNameAttributeName(settings.usernameClaim())
                .clientName(settings.providerName())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Bearer tokens: signed by the issuer's keys, from that issuer, in date, and for Årshjul when an audience is set. */
    @Bean
    JwtDecoder jwtDecoder(OidcSettings settings) {
        // Built on first use, so a provider that is down at start-up does not stop Årshjul.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
            List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
            validators.add(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
            if (settings.audience() != null && !settings.audience().isBlank()) {
                validators.add(new JwtClaimValidator<Collection<String>>("aud",
                        aud -> aud != null && aud.contains(settings.audience())));
            }
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
            return decoder;
        });
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> arshjulOidcUsers(SsoPeople people, OidcSettings settings) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            Map<String, Object> claims = user.getClaims();
            SsoPeople.Person person = people.resolve(claims).orElseThrow(() -> new OAuth2AuthenticationException(
                    new OAuth2Error(NOT_REGISTERED, people.claimedName(claims).orElse(""), null)));
            return new ArshjulOidcUser(person.userId(), person.authorities(), user.getIdToken(), user.getUserInfo(),
                    settings.usernameClaim());
        };
    }

    /** A bearer token's person, named by their Årshjul user id with Årshjul's roles; unknown people are refused. */
    @Bean
    BearerTokenPeople bearerTokenPeople(SsoPeople people) {
        return jwt -> people.resolve(jwt.getClaims())
                .map(person -> new JwtAuthenticationToken(jwt, person.authorities(), person.userId()))
                .orElseThrow(() -> new InvalidBearerTokenException("The token names nobody who may use Årshjul"));
    }

    /**
     * Cockpit, Tasklist and Admin take the person Spring Security logged in (request.getUserPrincipal())
     * instead of their own log-in form; the engine then finds the person's groups among Årshjul's roles.
     * Ordered after Spring Security's filter chain and before Camunda's own authentication filter.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }
}
