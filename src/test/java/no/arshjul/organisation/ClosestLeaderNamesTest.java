package no.arshjul.organisation;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names and leaders in task titles, read for many people in one query up the unit tree, are the
 * ones the organisation gives each person alone: for everybody in the demo municipality, leaders
 * of units (whose leader is the one above them) and the top (who has none) included.
 */
@ArshjulTest
class ClosestLeaderNamesTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyonesLeaderInOneQueryIsTheLeaderTheOrganisationGivesThemOneByOne() {
        List<String> everyone = new ArrayList<>(jdbc.queryForList("select user_id from employee order by user_id", String.class));
        Map<String, OrganisationService.NameAndLeader> oneByOne = new HashMap<>();
        for (String userId : everyone) {
            Employee person = organisation.findByUserId(userId).orElseThrow();
            oneByOne.put(userId, new OrganisationService.NameAndLeader(person.getFullName(),
                    organisation.closestLeaderOf(userId).map(Employee::getFullName).orElse(null)));
        }
        everyone.add("nobody-has-this-name");

        Map<String, OrganisationService.NameAndLeader> inOneQuery = organisation.namesAndClosestLeadersOf(everyone);

        assertThat(oneByOne).hasSizeGreaterThan(100)
                .containsEntry("anne", new OrganisationService.NameAndLeader("Anne Lie", "Lars Berg"));
        assertThat(oneByOne.get("rita").leaderName()).as("the top has no leader").isNull();
        assertThat(inOneQuery).isEqualTo(oneByOne);
    }
}
