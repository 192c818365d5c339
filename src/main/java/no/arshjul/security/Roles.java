package no.arshjul.security;

import no.arshjul.organisation.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collection;
import java.util.List;

/** Spring Security authorities are the Camunda group ids with the ROLE_ prefix: ROLE_hr is group hr. */
public final class Roles {

    private static final String PREFIX = "ROLE_";

    private Roles() {
    }

    public static List<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(PREFIX + r.groupId())).toList();
    }

    public static List<String> groupIds(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length()))
                .toList();
    }
}
