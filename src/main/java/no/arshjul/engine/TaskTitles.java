package no.arshjul.engine;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What a task is called for the person who does it: "Forbered medarbeidersamtalen med Lars Berg"
 * for the employee, "Forbered samtalen med Kari Nordmann" for the leader. The texts are
 * {@code task.title.<task id in the model>} in the messages, with {0} the employee's name, {1}
 * the employee's leader's and {2} the year; a task HR adds to a model without a text keeps its
 * name from the model, with the employee's name when someone else does it.
 */
@Component
public class TaskTitles {

    private final MessageSource messages;
    private final OrganisationService organisation;

    public TaskTitles(MessageSource messages, OrganisationService organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    public String title(String taskDefinitionKey, String taskName, String employeeUserId, Object year,
                        String viewerUserId, Locale locale) {
        String employeeName = employeeUserId == null ? "" : organisation.findByUserId(employeeUserId)
                .map(Employee::getFullName).orElse(employeeUserId);
        String leaderName = employeeUserId == null ? "" : organisation.closestLeaderOf(employeeUserId)
                .map(Employee::getFullName).orElse("");
        String title = messages.getMessage("task.title." + taskDefinitionKey,
                new Object[]{employeeName, leaderName, year == null ? "" : year.toString()}, null, locale);
        if (title != null) {
            return title;
        }
        String name = taskName == null ? taskDefinitionKey : taskName;
        return employeeUserId != null && !employeeUserId.equals(viewerUserId) ? name + " – " + employeeName : name;
    }
}
