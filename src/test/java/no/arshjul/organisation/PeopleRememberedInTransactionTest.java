package no.arshjul.organisation;

import jakarta.persistence.EntityManager;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person looked up twice in one transaction costs one query (a launch batch's tasks ask for the
 * same people again and again), but what is remembered never outlives a change: a new user name,
 * a cleared persistence context, or the end of the transaction.
 */
@ArshjulTest
@Import(StatementCounter.Configuration.class)
class PeopleRememberedInTransactionTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;

    @Test
    void theSecondLookUpInATransactionAsksNobody() throws Exception {
        transactions.executeWithoutResult(status -> {
            Employee kari = organisation.findByUserId("kari").orElseThrow();
            assertThat(statements(() -> organisation.findByUserId("kari").orElseThrow())).isZero();
            assertThat(organisation.findByUserId("kari")).containsSame(kari);
            Employee leader = organisation.closestLeaderOf("kari").orElseThrow();
            assertThat(statements(() -> assertThat(organisation.closestLeaderOf("kari")).containsSame(leader))).isZero();
        });
        // a new transaction asks again
        transactions.executeWithoutResult(status ->
                assertThat(statements(() -> organisation.findByUserId("kari"))).isPositive());
    }

    @Test
    void aChangedUserNameOrAClearedContextIsNotAnsweredFromMemory() {
        transactions.executeWithoutResult(status -> {
            Employee kari = organisation.findByUserId("kari").orElseThrow();
            kari.update(new EmployeeData(kari.getEmployeeNumber(), "kari.nordmann", kari.getFirstName(),
                    kari.getLastName(), kari.getEmail(), kari.getDateOfBirth(), kari.getPositionTitle(),
                    kari.getEmploymentPercentage(), kari.getStartDate(), kari.getUnit().getCode(), true, Set.of()),
                    kari.getUnit());
            assertThat(organisation.findByUserId("kari")).as("nobody has the old name any more").isEmpty();
            assertThat(organisation.findByUserId("kari.nordmann")).containsSame(kari);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> {
            Employee before = organisation.findByUserId("kari").orElseThrow();
            entityManager.clear();
            Employee after = organisation.findByUserId("kari").orElseThrow();
            assertThat(after).isNotSameAs(before);
            assertThat(entityManager.contains(after)).isTrue();
        });
    }

    private static int statements(Runnable work) {
        try {
            return StatementCounter.count(() -> {
                work.run();
                return null;
            }).statements();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
