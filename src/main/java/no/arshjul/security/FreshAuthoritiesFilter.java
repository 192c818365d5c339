package no.arshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.arshjul.organisation.Role;
import no.arshjul.organisation.OrganisationService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a logged-in person's roles from the organisation on every request, so a role HR takes away
 * (or a person made inactive) counts from their next request, not from their next log-in. The
 * session keeps the refreshed authorities. A person no longer active in the organisation loses the
 * session and is treated as not logged in. Placed before the authorization checks of the chain.
 * Not a Spring bean on purpose, like {@link EngineAuthenticationFilter}.
 */
class FreshAuthoritiesFilter extends OncePerRequestFilter {

    private static final String ROLE_PREFIX = "ROLE_";

    private final OrganisationService organisation;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    FreshAuthoritiesFilter(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        // Form, Basic and single sign-on log-ins kept in a session; bearer tokens are read afresh on every request.
        if (isRefreshable(current) && !authenticatedInThisRequest(current, request)) {
            Optional<Set<Role>> roles = organisation.rolesOfActive(current.getName());
            if (roles.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                List<GrantedAuthority> fresh = new ArrayList<>(current.getAuthorities().stream()
                        .filter(a -> a.getAuthority() == null || !a.getAuthority().startsWith(ROLE_PREFIX)).toList());
                fresh.addAll(Roles.authorities(roles.get()));
                if (!new HashSet<>(fresh).equals(new HashSet<>(current.getAuthorities()))) {
                    Authentication refreshed = withAuthorities(current, fresh);
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(refreshed);
                    SecurityContextHolder.setContext(context);
                    if (request.getSession(false) != null) {
                        sessions.saveContext(context, request, response);
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Stateless HTTP Basic (scripts, Camunda Modeler): with no session, the authentication can only have
     * been built in this very request, from the organisation's roles read a moment ago.
     */
    private static boolean authenticatedInThisRequest(Authentication authentication, HttpServletRequest request) {
        return authentication instanceof UsernamePasswordAuthenticationToken && request.getSession(false) == null;
    }

    private static boolean isRefreshable(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && (authentication instanceof UsernamePasswordAuthenticationToken
                || authentication instanceof OAuth2AuthenticationToken sso && sso.getPrincipal() instanceof ArshjulOidcUser);
    }

    private static Authentication withAuthorities(Authentication current, List<GrantedAuthority> fresh) {
        if (current instanceof OAuth2AuthenticationToken sso) {
            OAuth2AuthenticationToken refreshed = new OAuth2AuthenticationToken(
                    ((ArshjulOidcUser) sso.getPrincipal()).withAuthorities(fresh), fresh, sso.getAuthorizedClientRegistrationId());
            refreshed.setDetails(sso.getDetails());
            return refreshed;
        }
        UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                current.getPrincipal(), current.getCredentials(), fresh);
        refreshed.setDetails(current.getDetails());
        return refreshed;
    }
}
