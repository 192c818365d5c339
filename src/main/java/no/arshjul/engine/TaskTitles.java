package no.arshjul.engine;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.web.LocaleConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        // One task (a new task's notice): walks the person's unit chain, which a launch's batch
        // transaction finds mostly in its persistence context already.
        String employeeName = employeeUserId == null ? "" : organisation.findByUserId(employeeUserId)
                .map(Employee::getFullName).orElse(employeeUserId);
        String leaderName = employeeUserId == null ? "" : organisation.closestLeaderOf(employeeUserId)
                .map(Employee::getFullName).orElse("");
        return format(taskDefinitionKey, taskName, employeeUserId, employeeName, leaderName, year, viewerUserId, locale);
    }

    private String format(String taskDefinitionKey, String taskName, String employeeUserId, String employeeName,
                          String leaderName, Object year, String viewerUserId, Locale locale) {
        String title = messages.getMessage("task.title." + taskDefinitionKey,
                new Object[]{employeeName, leaderName, year == null ? "" : year.toString()}, null, locale);
        if (title != null) {
            return title;
        }
        String name = taskName == null ? taskDefinitionKey : taskName;
        return employeeUserId != null && !employeeUserId.equals(viewerUserId) ? name + " – " + employeeName : name;
    }

    /**
     * The name a plan task is stored with when it is created, in bokmål (the task's name in the
     * engine, so Camunda Tasklist, the API, new-task notices and "Mine oppgaver" all read it): it
     * names what the task is about, the sector or unit ({@code subject}, may be null) and the plan
     * year. The texts are {@code task.name.<task id in the model>} with {0} the model's name, {1}
     * the subject and {2} the year; a task without such a text keeps the model's name with the
     * subject and year after it.
     */
    public String nameWithSubject(String taskDefinitionKey, String modelName, String subject, Object year) {
        String y = year == null ? "" : year.toString();
        String s = subject == null ? "" : subject;
        String name = messages.getMessage("task.name." + taskDefinitionKey + (subject == null ? "" : ".subject"),
                new Object[]{modelName, s, y}, null, LocaleConfiguration.BOKMAL);
        if (name != null) {
            return name;
        }
        String base = modelName == null ? taskDefinitionKey : modelName;
        return subject == null ? base + " (" + y + ")" : base + ": " + s + " (" + y + ")";
    }

    /**
     * Titles for the tasks of many employees at once (a task list): their names and their leaders'
     * are read here, in bulk, so titling a task costs no query.
     */
    public Batch forEmployees(Collection<String> employeeUserIds) {
        List<String> ids = employeeUserIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return new Batch(Map.of());
        }
        return new Batch(organisation.namesAndClosestLeadersOf(ids));
    }

    /** The names a set of tasks' titles need, already read. */
    public final class Batch {

        private final Map<String, OrganisationService.NameAndLeader> names;

        private Batch(Map<String, OrganisationService.NameAndLeader> names) {
            this.names = names;
        }

        public String title(String taskDefinitionKey, String taskName, String employeeUserId, Object year,
                            String viewerUserId, Locale locale) {
            OrganisationService.NameAndLeader known = employeeUserId == null ? null : names.get(employeeUserId);
            String employeeName = employeeUserId == null ? "" : known == null ? employeeUserId : known.name();
            String leaderName = known == null || known.leaderName() == null ? "" : known.leaderName();
            return format(taskDefinitionKey, taskName, employeeUserId, employeeName, leaderName, year, viewerUserId, locale);
        }
    }
}
