package no.arshjul.security;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Log-in for Årshjul's pages and API: the person from the organisation, their hash, their roles. */
@Service
class ArshjulUserDetailsService implements UserDetailsService {

    private final OrganisationService organisation;
    private final CredentialService credentials;

    ArshjulUserDetailsService(OrganisationService organisation, CredentialService credentials) {
        this.organisation = organisation;
        this.credentials = credentials;
    }

    @Override
    public UserDetails loadUserByUsername(String userId) {
        Employee employee = organisation.findByUserId(userId)
                .orElseThrow(() -> new UsernameNotFoundException(userId));
        String hash = credentials.hashOf(userId).orElseThrow(() -> new UsernameNotFoundException(userId));
        return User.withUsername(userId)
                .password(hash)
                .disabled(!employee.isActive())
                .authorities(Roles.authorities(organisation.rolesOf(employee)))
                .build();
    }
}
