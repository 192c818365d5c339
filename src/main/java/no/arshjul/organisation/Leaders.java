package no.arshjul.organisation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Leader tasks in the models are assigned with {@code ${leaders.of(employeeUserId)}}: the leader is
 * looked up in the organisation when the task is created, never stored at the start of the year.
 */
@Component("leaders")
public class Leaders {

    /** The text becomes the incident HR and operations read in Cockpit, outside any request: bokmål. */
    private static final Locale INCIDENT_LANGUAGE = Locale.forLanguageTag("nb");

    private final OrganisationService organisation;
    private final MessageSource messages;

    public Leaders(OrganisationService organisation, MessageSource messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    public String of(String employeeUserId) {
        return organisation.closestLeaderOf(employeeUserId).map(Employee::getUserId)
                .orElseThrow(() -> new IllegalStateException(messages.getMessage("organisation.noLeader", new Object[]{employeeUserId}, INCIDENT_LANGUAGE)));
    }
}
