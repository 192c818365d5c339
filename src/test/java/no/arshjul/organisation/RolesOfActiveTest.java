package no.arshjul.organisation;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request's role check reads a person's roles in one statement; they are the roles the
 * organisation gives the person from their entities: for everybody in the demo municipality,
 * leaders of units and of sectors and HR's assigned roles included, and nothing for someone no
 * longer active or unknown.
 */
@ArshjulTest
class RolesOfActiveTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyonesRolesInOneStatementAreTheRolesTheOrganisationGivesThem() {
        List<String> everyone = jdbc.queryForList("select user_id from employee where active order by user_id", String.class);
        Map<String, Set<Role>> fromEntities = new HashMap<>();
        Map<String, Set<Role>> inOneStatement = new HashMap<>();
        for (String userId : everyone) {
            fromEntities.put(userId, organisation.rolesOf(userId));
            inOneStatement.put(userId, organisation.rolesOfActive(userId).orElseThrow());
        }

        assertThat(fromEntities).hasSizeGreaterThan(100);
        assertThat(fromEntities.values()).as("the demo has every kind of role")
                .anySatisfy(roles -> assertThat(roles).contains(Role.KOMMUNALSJEF))
                .anySatisfy(roles -> assertThat(roles).contains(Role.HR))
                .anySatisfy(roles -> assertThat(roles).containsExactly(Role.EMPLOYEE));
        assertThat(inOneStatement).isEqualTo(fromEntities);
        assertThat(organisation.rolesOfActive("nobody-has-this-name")).isEmpty();
    }

    @Test
    @Transactional
    void someoneNoLongerActiveHasNoRoles() {
        assertThat(organisation.rolesOfActive("anne")).isEqualTo(Optional.of(Set.of(Role.EMPLOYEE)));
        jdbc.update("update employee set active = false where user_id = 'anne'");

        assertThat(organisation.rolesOfActive("anne")).isEmpty();
    }
}
