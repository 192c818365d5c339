package no.arshjul.security;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a provider's token names in Årshjul: the configured claim matched against the employee's user
 * id or e-mail. Only active employees count; their groups are Årshjul's roles, never the token's.
 */
@Component
class SsoPeople {

    private final OrganisationService organisation;
    private final OidcSettings settings;

    SsoPeople(OrganisationService organisation, OidcSettings settings) {
        this.organisation = organisation;
        this.settings = settings;
    }

    /** The value of the identifying claim, as the provider sent it (for messages and logs). */
    Optional<String> claimedName(Map<String, Object> claims) {
        Object value = claims.get(settings.usernameClaim());
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }

    @Transactional(readOnly = true)
    Optional<Person> resolve(Map<String, Object> claims) {
        return claimedName(claims)
                .flatMap(name -> switch (settings.matchField()) {
                    case USER_ID -> organisation.findByUserId(name);
                    case EMAIL -> organisation.findByEmail(name);
                })
                .filter(Employee::isActive)
                .map(employee -> new Person(employee.getUserId(), Roles.authorities(organisation.rolesOf(employee))));
    }

    record Person(String userId, List<GrantedAuthority> authorities) {
    }
}
