package no.arshjul.security;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which Årshjul person a provider's claims name, for each way an operator can configure it. */
class SsoPeopleTest {

    final OrganisationService organisation = mock(OrganisationService.class);

    SsoPeople configured(String claim, OidcSettings.MatchField field) {
        return new SsoPeople(organisation, new OidcSettings("https://idp.example/realms/kommune", "arshjul", "s",
                claim, field, null, List.of("openid"), "kommunens konto"));
    }

    Employee employee(String userId, String email, boolean active, Role... roles) {
        Employee employee = mock(Employee.class);
        when(employee.getUserId()).thenReturn(userId);
        when(employee.getEmail()).thenReturn(email);
        when(employee.isActive()).thenReturn(active);
        when(organisation.rolesOf(employee)).thenReturn(Set.of(roles));
        return employee;
    }

    @Test
    void anEmailClaimFindsThePersonByEmailAndNamesThemByUserIdWithArshjulsRoles() {
        Employee hege = employee("hege", "hege@fjordvik.kommune.no", true, Role.EMPLOYEE, Role.HR);
        when(organisation.findByEmail("Hege@Fjordvik.kommune.no")).thenReturn(Optional.of(hege));

        Optional<SsoPeople.Person> person = configured("email", OidcSettings.MatchField.EMAIL)
                .resolve(Map.of("email", "Hege@Fjordvik.kommune.no", "groups", List.of("camunda-admin")));

        assertThat(person).hasValueSatisfying(p -> {
            assertThat(p.userId()).isEqualTo("hege");
            assertThat(p.authorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactlyInAnyOrder("ROLE_employee", "ROLE_hr");
        });
    }

    @Test
    void aUserIdClaimFindsThePersonByUserIdOnly() {
        Employee kari = employee("kari", "kari@fjordvik.kommune.no", true, Role.EMPLOYEE);
        when(organisation.findByUserId("kari")).thenReturn(Optional.of(kari));
        SsoPeople people = configured("upn", OidcSettings.MatchField.USER_ID);

        assertThat(people.resolve(Map.of("upn", "kari"))).map(SsoPeople.Person::userId).hasValue("kari");
        assertThat(people.resolve(Map.of("preferred_username", "kari"))).as("another claim than configured").isEmpty();
        assertThat(people.resolve(Map.of("upn", "kari@fjordvik.kommune.no"))).as("an e-mail is not a user id").isEmpty();
    }

    @Test
    void inactiveUnknownAndBlankAreNobody() {
        Employee leaver = employee("ola", "ola@fjordvik.kommune.no", false, Role.EMPLOYEE);
        when(organisation.findByUserId("ola")).thenReturn(Optional.of(leaver));
        SsoPeople people = configured("preferred_username", OidcSettings.MatchField.USER_ID);

        assertThat(people.resolve(Map.of("preferred_username", "ola"))).as("inactive").isEmpty();
        assertThat(people.resolve(Map.of("preferred_username", "nobody"))).as("unknown").isEmpty();
        assertThat(people.resolve(Map.of("preferred_username", "  "))).as("blank").isEmpty();
        assertThat(people.resolve(Map.of())).as("missing").isEmpty();
    }
}
