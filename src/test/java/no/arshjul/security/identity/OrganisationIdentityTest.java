package no.arshjul.security.identity;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda's users and groups come from the organisation, as do leaders. */
@ArshjulTest
class OrganisationIdentityTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;

    @Test
    void usersAreThePeopleOfTheMunicipality() {
        User kari = identityService.createUserQuery().userId("kari").singleResult();

        assertThat(kari.getFirstName()).isEqualTo("Kari");
        assertThat(kari.getLastName()).isEqualTo("Nordmann");
        assertThat(kari.getEmail()).isEqualTo("kari@fjordvik.kommune.no");
        assertThat(identityService.createUserQuery().userId("ingen-slik").count()).isZero();
        assertThat(identityService.createUserQuery().userLastNameLike("%ordman%").list())
                .extracting(User::getId).containsExactly("kari");
    }

    @Test
    void groupsFollowFromTheTreeAndFromAssignedRoles() {
        assertThat(identityService.createGroupQuery().groupMember("kari").list())
                .extracting(Group::getId).containsExactly("employee");
        assertThat(identityService.createGroupQuery().groupMember("siri").list())
                .extracting(Group::getId).containsExactlyInAnyOrder("employee", "leader", "kommunalsjef", "kompetanseforum");
        assertThat(identityService.createGroupQuery().groupMember("lars").list())
                .extracting(Group::getId).containsExactlyInAnyOrder("employee", "leader");
        assertThat(identityService.createGroupQuery().groupMember("hege").list())
                .extracting(Group::getId).contains("hr", "kompetanseforum").doesNotContain("camunda-admin");
        assertThat(identityService.createGroupQuery().groupMember("drift").list())
                .extracting(Group::getId).containsExactlyInAnyOrder("employee", "camunda-admin");
        assertThat(identityService.createGroupQuery().groupMember("rita").list())
                .extracting(Group::getId).contains("radmann");
    }

    @Test
    void groupMembersAreFound() {
        assertThat(identityService.createUserQuery().memberOfGroup("tillitsvalgt").list())
                .extracting(User::getId).containsExactlyInAnyOrder("tone", "marit", "heidi", "rune");
        assertThat(identityService.createUserQuery().memberOfGroup("hr").list())
                .extracting(User::getId).containsExactly("hege");
        assertThat(identityService.createUserQuery().memberOfGroup("kommunalsjef").list())
                .extracting(User::getId).containsExactlyInAnyOrder("siri", "arild", "sigrid", "paasen");
        assertThat(identityService.createUserQuery().memberOfGroup("employee").count()).isGreaterThan(100);
        assertThat(identityService.createGroupQuery().groupId("tillitsvalgt").singleResult().getName())
                .isEqualTo("Tillitsvalgt");
    }

    @Test
    void paging() {
        long all = identityService.createUserQuery().count();
        assertThat(identityService.createUserQuery().orderByUserId().asc().listPage(0, 10)).hasSize(10);
        assertThat(identityService.createUserQuery().listPage((int) all - 3, 10)).hasSize(3);
    }

    @Test
    void passwordsAreCheckedAgainstTheHash() {
        assertThat(identityService.checkPassword("kari", "demo")).isTrue();
        assertThat(identityService.checkPassword("kari", "feil")).isFalse();
        assertThat(identityService.checkPassword("ingen-slik", "demo")).isFalse();
    }

    @Test
    void theReadOnlyIdentityCannotBeChangedThroughCamunda() {
        assertThat(identityService.isReadOnly()).isTrue();
    }

    @Test
    void leaderChainRunsFromEmployeeThroughKommunalsjefToRadmann() {
        assertThat(organisation.leaderChainOf("kari")).extracting(Employee::getUserId)
                .containsExactly("lars", "siri", "rita");
        assertThat(organisation.leaderChainOf("ali")).extracting(Employee::getUserId)
                .containsExactly("sindre", "lars", "siri", "rita");
        assertThat(organisation.leaderChainOf("rita")).isEmpty();
        assertThat(organisation.closestLeaderOf("lars")).map(Employee::getUserId).contains("siri");
        assertThat(organisation.closestLeaderOf("hege")).map(Employee::getUserId)
                .as("hege leads her own unit, so her leader is the kommunalsjef above").contains("paasen");
        assertThat(organisation.closestLeaderOf("erik")).map(Employee::getUserId)
                .as("a sector without a head falls through to the rådmann").contains("rita");
    }
}
