package no.arshjul.security;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A single sign-on session follows the organisation's roles from its next request, like a password log-in. */
class FreshAuthoritiesFilterTest {

    private final OrganisationService organisation = mock(OrganisationService.class);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoleGivenToAPersonLoggedInThroughTheProviderCountsFromTheNextRequest() throws Exception {
        when(organisation.rolesOfActive("kari")).thenReturn(Optional.of(Set.of(Role.EMPLOYEE, Role.HR)));
        logInThroughProvider(List.of(new SimpleGrantedAuthority("ROLE_employee"), new SimpleGrantedAuthority("OIDC_USER")));

        new FreshAuthoritiesFilter(organisation).doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new MockFilterChain());

        Authentication now = SecurityContextHolder.getContext().getAuthentication();
        assertThat(now).isInstanceOf(OAuth2AuthenticationToken.class);
        assertThat(now.getName()).isEqualTo("kari");
        assertThat(now.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_hr", "ROLE_employee", "OIDC_USER");
        assertThat(((ArshjulOidcUser) now.getPrincipal()).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_hr");
    }

    @Test
    void aPersonNoLongerActiveLosesTheirSingleSignOnSession() throws Exception {
        when(organisation.rolesOfActive("kari")).thenReturn(Optional.empty()); // no longer active
        logInThroughProvider(List.of(new SimpleGrantedAuthority("ROLE_hr")));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession(true);

        new FreshAuthoritiesFilter(organisation).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(request.getSession(false)).isNull();
    }

    private static void logInThroughProvider(List<GrantedAuthority> authorities) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", "sub-kari", "preferred_username", "kari"));
        ArshjulOidcUser user = new ArshjulOidcUser("kari", authorities, idToken, null, "preferred_username");
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, authorities, "arshjul"));
    }
}
