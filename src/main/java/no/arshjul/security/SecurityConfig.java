package no.arshjul.security;

import no.arshjul.web.Texts;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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

    private final Duration lockDuration;
    private final Texts texts;

    SecurityConfig(@Value("${arshjul.login.lock-duration:PT15M}") Duration lockDuration, Texts texts) {
        this.lockDuration = lockDuration;
        this.texts = texts;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one password check of the form and HTTP Basic, behind the log-in throttle. */
    @Bean
    AuthenticationProvider throttledPasswordCheck(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, attempts);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, IdentityService identityService) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(throttleAware(basicEntryPoint())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic: no cookie a foreign site could ride on.
                .csrf(c -> c.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // Cockpit, Tasklist and Admin authenticate against the engine's identity (ours) and carry
        // their own CSRF protection; Spring Security stays out of their way.
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, IdentityService identityService, OrganisationService organisation)
            throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(throttleAware(basicEntryPoint())))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // CSRF rides on a session cookie: the pages call the API with theirs and send the token.
                // Scripts that send Basic credentials and no session need none, and a call with
                // neither gets 401, not a CSRF refusal.
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestedSessionId() == null))
                // roles taken away count from the next request, also within a session
                .addFilterBefore(new FreshAuthoritiesFilter(organisation), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, IdentityService identityService, OrganisationService organisation)
            throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(logInFailure()).permitAll())
                // Scripts fetch documents (the SKUP as PDF) with Basic; browsers get the log-in form.
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(throttleAware(basicEntryPoint())))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
                // Without credentials a page always sends the person to the log-in form, never a Basic prompt.
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(new FreshAuthoritiesFilter(organisation), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
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
        failure.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");
        return failure;
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName(REALM);
        return entryPoint;
    }
}
