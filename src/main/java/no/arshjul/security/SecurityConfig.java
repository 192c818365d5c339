package no.arshjul.security;

import no.arshjul.web.Texts;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Who gets in, and how. Pages use a log-in form; /api and /engine-rest take HTTP Basic (Camunda
 * Modeler deploys with it). Camunda's own apps under /camunda log in through the same identity.
 * What a logged-in person may then do is decided by roles on the API and by the engine's
 * authorizations, which see the same user and groups (EngineAuthenticationFilter).
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(OidcSettings.class)
public class SecurityConfig {

    static final String REALM = "Arshjul";

    /**
     * Årshjul's pages load scripts and styles only from themselves (form-js and Chart.js are
     * bundled under /js; the page data is JSON in non-executable script blocks). Inline styles are
     * allowed: the plan's page and PDF carry theirs, and a style cannot run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Where a browser starts the provider's log-in (Spring Security's path for the registration). */
    static final String SSO_LOG_IN = "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID;

    private final Duration lockDuration;
    private final Texts texts;
    /** Present only when single sign-on is configured (OidcConfiguration). */
    private final ClientRegistrationRepository ssoClients;
    private final BearerTokenPeople bearerTokenPeople;
    private final OAuth2UserService<OidcUserRequest, OidcUser> ssoUsers;

    SecurityConfig(@Value("${arshjul.login.lock-duration:PT15M}") Duration lockDuration, Texts texts,
                   ObjectProvider<ClientRegistrationRepository> ssoClients,
                   ObjectProvider<BearerTokenPeople> bearerTokenPeople,
                   ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> ssoUsers) {
        this.lockDuration = lockDuration;
        this.texts = texts;
        this.ssoClients = ssoClients.getIfAvailable();
        this.bearerTokenPeople = bearerTokenPeople.getIfAvailable();
        this.ssoUsers = ssoUsers.getIfAvailable();
    }

    private boolean sso() {
        return ssoClients != null;
    }

    /**
     * The pages' policy. With single sign-on the log-out form's answer is a redirect to the provider's
     * end_session endpoint, which form-action must allow, or the browser stops the log-out there.
     */
    private String contentSecurityPolicy() {
        if (!sso()) {
            return CONTENT_SECURITY_POLICY;
        }
        ClientRegistration.ProviderDetails provider = ssoClients.findByRegistrationId(OidcSettings.REGISTRATION_ID)
                .getProviderDetails();
        Object endSession = provider.getConfigurationMetadata().get("end_session_endpoint");
        String origin = origin(endSession != null ? endSession.toString() : provider.getIssuerUri());
        return CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /** With single sign-on, scripts and Camunda Modeler may send the provider's bearer token instead of Basic. */
    private void acceptBearerTokens(HttpSecurity http) throws Exception {
        if (sso()) {
            http.oauth2ResourceServer((OAuth2ResourceServerConfigurer<HttpSecurity> o) ->
                    o.jwt(j -> j.jwtAuthenticationConverter(bearerTokenPeople)));
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one password check of the form and HTTP Basic, behind the log-in throttle. */
    @Bean
    AuthenticationProvider throttledPasswordCheck(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  LoginAttempts attempts, LocalLogIn localLogIn, Clock clock,
                                                  @Value("${arshjul.login.verified-password-ttl:PT5M}") Duration verifiedFor) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(new VerifiedPasswords(passwordEncoder, verifiedFor, 10_000, clock));
        return new ThrottledAuthenticationProvider(passwords, attempts, localLogIn);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, IdentityService identityService, CredentialService credentials,
                                   Texts texts) throws Exception {
        acceptBearerTokens(http);
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(throttleAware(basicEntryPoint())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic: no cookie a foreign site could ride on.
                .csrf(c -> c.disable())
                .addFilterBefore(new MustChangePasswordFilter(credentials, texts, false), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        if (sso()) {
            // With single sign-on Cockpit, Tasklist and Admin use Årshjul's log-in: the person logged in
            // here is handed to them (OidcConfiguration's container-based filter); without a log-in the
            // apps' pages start it, their API calls get 401.
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e
                            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SSO_LOG_IN),
                                    path("/camunda/app/**"))
                            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                    request -> true));
        } else {
            // Cockpit, Tasklist and Admin authenticate against the engine's identity (ours) and carry
            // their own CSRF protection; Spring Security stays out of their way.
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        }
        return http.securityMatcher(path("/camunda/**"))
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, IdentityService identityService, CredentialService credentials,
                            OrganisationService organisation) throws Exception {
        acceptBearerTokens(http);
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(throttleAware(basicEntryPoint())))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy())))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // CSRF rides on a session cookie: the pages call the API with theirs and send the token.
                // Scripts that send Basic credentials and no session need none, and a call with
                // neither gets 401, not a CSRF refusal.
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestedSessionId() == null))
                // roles taken away count from the next request, also within a session
                .addFilterBefore(new FreshAuthoritiesFilter(organisation), AuthorizationFilter.class)
                .addFilterBefore(new MustChangePasswordFilter(credentials, texts, false), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, IdentityService identityService, CredentialService credentials,
                              OrganisationService organisation) throws Exception {
        if (sso()) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(ssoUsers))
                    .failureHandler(ssoFailure()));
        }
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(NotRegisteredController.PATH).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(logInFailure()).permitAll())
                // Scripts fetch documents (the SKUP as PDF) with Basic; browsers get the log-in form.
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(throttleAware(basicEntryPoint())))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy())))
                // Without credentials a page always sends the person to the log-in form, never a Basic prompt.
                // With single sign-on, straight to the provider; /login keeps the password form for break-glass.
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(sso() ? SSO_LOG_IN : "/login")))
                .logout(l -> l.logoutSuccessHandler(logOutSuccess()).permitAll())
                .addFilterBefore(new FreshAuthoritiesFilter(organisation), AuthorizationFilter.class)
                .addFilterBefore(new MustChangePasswordFilter(credentials, texts, true), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    /**
     * After log-out, back to the log-in page; a person who came through the provider is first sent
     * to its end_session endpoint (where it has one), so the provider's session ends too.
     */
    private LogoutSuccessHandler logOutSuccess() {
        if (sso()) {
            OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(ssoClients);
            provider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
            provider.setDefaultTargetUrl("/login?logout");
            return provider;
        }
        SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
        local.setDefaultTargetUrl("/login?logout");
        return local;
    }

    /** Someone the provider knows and Årshjul does not gets a page that says so; other failures the log-in page. */
    private static AuthenticationFailureHandler ssoFailure() {
        return (request, response, failure) -> {
            if (failure instanceof OAuth2AuthenticationException refused
                    && OidcConfiguration.NOT_REGISTERED.equals(refused.getError().getErrorCode())) {
                request.getSession().setAttribute(NotRegisteredController.CLAIMED_NAME, refused.getError().getDescription());
                response.sendRedirect(request.getContextPath() + NotRegisteredController.PATH);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
        };
    }

    /** Matches the whole path, whichever servlet serves it: /engine-rest is Jersey, not Spring MVC. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private AuthenticationEntryPoint throttleAware(AuthenticationEntryPoint otherwise) {
        return new ThrottleAwareEntryPoint(otherwise, lockDuration, texts);
    }

    /** A locked name gets its own message on the log-in page; any other failure the usual one. */
    private static AuthenticationFailureHandler logInFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?locked",
                LocalLogInOffException.class.getName(), "/login?localOff"));
        failure.setDefaultFailureUrl("/login?error");
        return failure;
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName(REALM);
        return entryPoint;
    }
}
