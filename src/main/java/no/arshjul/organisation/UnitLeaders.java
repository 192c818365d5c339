package no.arshjul.organisation;

import org.springframework.stereotype.Component;

/**
 * Tasks for a unit or a sector in the models ({@code ${unitLeaders.of(unitCode)}},
 * {@code ${sectorHeads.of(sectorCode)}}) go to its leader, looked up when the task is created;
 * a unit without a leader falls to the leader above it.
 */
@Component("unitLeaders")
public class UnitLeaders {

    private final OrganisationService organisation;

    public UnitLeaders(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public String of(String unitCode) {
        return organisation.leaderOfUnit(unitCode).map(Employee::getUserId)
                .orElseThrow(() -> new IllegalStateException("Fant ingen leder for enheten «" + unitCode
                        + "» eller enhetene over den. Sett leder og prøv igjen."));
    }
}
