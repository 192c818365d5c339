package no.arshjul.notification;

import no.arshjul.EngineClock;
import no.arshjul.organisation.Leaders;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reminders before a deadline and escalations after it, for the tasks still open in an instance.
 * In bokmål: the recipient's language is not known.
 */
@Service
public class ProcessNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final TaskService taskService;
    private final NotificationService notifications;
    private final OrganisationService organisation;
    private final Leaders leaders;
    private final Texts texts;

    public ProcessNotifications(TaskService taskService, NotificationService notifications,
                                OrganisationService organisation, Leaders leaders, Texts texts) {
        this.taskService = taskService;
        this.notifications = notifications;
        this.organisation = organisation;
        this.leaders = leaders;
        this.texts = texts;
    }

    public void remindEmployee(DelegateExecution execution) {
        String employee = (String) execution.getVariable("employeeUserId");
        for (Task task : openTasks(execution, employee)) {
            notifications.notify(employee, Notification.Kind.REMINDER,
                    texts.bokmal("notification.reminder.subject", task.getName()),
                    texts.bokmal("notification.reminder.body", task.getName(), due(task)),
                    execution.getProcessInstanceId());
        }
    }

    public void escalateToLeader(DelegateExecution execution) {
        String employee = (String) execution.getVariable("employeeUserId");
        String leader = leaders.of(employee);
        String name = organisation.findByUserId(employee).map(e -> e.getFullName()).orElse(employee);
        for (Task task : openTasks(execution, null)) {
            notifications.notify(leader, Notification.Kind.ESCALATION,
                    texts.bokmal("notification.escalation.subject", task.getName()),
                    texts.bokmal("notification.escalation.body", task.getName(), name, due(task)),
                    execution.getProcessInstanceId());
        }
    }

    private List<Task> openTasks(DelegateExecution execution, String assignee) {
        var query = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId());
        return (assignee == null ? query : query.taskAssignee(assignee)).list();
    }

    private String due(Task task) {
        return task.getDueDate() == null ? texts.bokmal("notification.noDue") : DATE.format(EngineClock.deadlineDay(task.getDueDate().toInstant()));
    }
}
