package no.arshjul.notification;

import no.arshjul.EngineClock;
import no.arshjul.organisation.Leaders;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Reminders before a deadline and escalations after it, for the tasks still open in an instance. */
@Service
public class ProcessNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final TaskService taskService;
    private final NotificationService notifications;
    private final OrganisationService organisation;
    private final Leaders leaders;

    public ProcessNotifications(TaskService taskService, NotificationService notifications,
                                OrganisationService organisation, Leaders leaders) {
        this.taskService = taskService;
        this.notifications = notifications;
        this.organisation = organisation;
        this.leaders = leaders;
    }

    public void remindEmployee(DelegateExecution execution) {
        String employee = (String) execution.getVariable("employeeUserId");
        for (Task task : openTasks(execution, employee)) {
            notifications.notify(employee, Notification.Kind.REMINDER, "Påminnelse: " + task.getName(),
                    "Oppgaven «" + task.getName() + "» har frist " + due(task) + ". Åpne Årshjul og fullfør den.",
                    execution.getProcessInstanceId());
        }
    }

    public void escalateToLeader(DelegateExecution execution) {
        String employee = (String) execution.getVariable("employeeUserId");
        String leader = leaders.of(employee);
        String name = organisation.findByUserId(employee).map(e -> e.getFullName()).orElse(employee);
        for (Task task : openTasks(execution, null)) {
            notifications.notify(leader, Notification.Kind.ESCALATION, "Fristen er passert: " + task.getName(),
                    "«" + task.getName() + "» for " + name + " hadde frist " + due(task) + " og er ikke fullført.",
                    execution.getProcessInstanceId());
        }
    }

    private List<Task> openTasks(DelegateExecution execution, String assignee) {
        var query = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId());
        return (assignee == null ? query : query.taskAssignee(assignee)).list();
    }

    private static String due(Task task) {
        return task.getDueDate() == null ? "(ingen)" : DATE.format(EngineClock.deadlineDay(task.getDueDate().toInstant()));
    }
}
