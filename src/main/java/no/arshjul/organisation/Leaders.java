package no.arshjul.organisation;

import org.springframework.stereotype.Component;

/**
 * Leader tasks in the models are assigned with {@code ${leaders.of(employeeUserId)}}: the leader is
 * looked up in the organisation when the task is created, never stored at the start of the year.
 */
@Component("leaders")
public class Leaders {

    private final OrganisationService organisation;

    public Leaders(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public String of(String employeeUserId) {
        return organisation.closestLeaderOf(employeeUserId).map(Employee::getUserId)
                .orElseThrow(() -> new IllegalStateException("Fant ingen leder for «" + employeeUserId
                        + "» i organisasjonen. Sett leder for enheten og prøv igjen."));
    }
}
