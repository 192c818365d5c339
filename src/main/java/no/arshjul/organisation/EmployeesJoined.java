package no.arshjul.organisation;

import java.util.List;

/**
 * Published once per import that adds new active employees, with all of them, so the year's
 * processes can reach them too. One event for the lot: a listener can then load what it needs
 * once instead of once per person.
 */
public record EmployeesJoined(List<String> userIds) {

    public EmployeesJoined {
        userIds = List.copyOf(userIds);
    }
}
