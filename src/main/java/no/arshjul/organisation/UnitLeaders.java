package no.arshjul.organisation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Tasks for a unit or a sector in the models ({@code ${unitLeaders.of(unitCode)}},
 * {@code ${sectorHeads.of(sectorCode)}}) go to its leader, looked up when the task is created;
 * a unit without a leader falls to the leader above it.
 */
@Component("unitLeaders")
public class UnitLeaders {

    /** The text becomes the incident HR and operations read in Cockpit, outside any request: bokmål. */
    private static final Locale INCIDENT_LANGUAGE = Locale.forLanguageTag("nb");

    private final OrganisationService organisation;
    private final MessageSource messages;

    public UnitLeaders(OrganisationService organisation, MessageSource messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    public String of(String unitCode) {
        return organisation.leaderOfUnit(unitCode).map(Employee::getUserId)
                .orElseThrow(() -> new IllegalStateException(messages.getMessage("organisation.noUnitLeader", new Object[]{unitCode}, INCIDENT_LANGUAGE)));
    }
}
