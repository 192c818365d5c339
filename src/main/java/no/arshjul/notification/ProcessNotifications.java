package no.arshjul.notification;

import no.arshjul.engine.ProcessEmployee;
import no.arshjul.EngineClock;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reminders before a deadline and escalations after it, for the tasks still open in an instance.
 * Each task is reminded once ({@link RemindedTasks}), by the reminder job or a model's timer,
 * whichever comes first. An overdue task is escalated to the leader above whoever holds it: an
 * employee's task to their closest leader, a leader's own task to the leader above them; the top of
 * the organisation, and a group's task no one has taken, to HR.
 * In bokmål: the recipient's language is not known.
 */
@Service
public class ProcessNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final TaskService taskService;
    private final NotificationService notifications;
    private final OrganisationService organisation;
    private final RemindedTasks reminded;
    private final Texts texts;
    private final Clock clock;
    private final ProcessEmployee processEmployee;

    public ProcessNotifications(TaskService taskService, NotificationService notifications,
                                OrganisationService organisation, RemindedTasks reminded, Texts texts, Clock clock,
                                ProcessEmployee processEmployee) {
        this.processEmployee = processEmployee;
        this.taskService = taskService;
        this.notifications = notifications;
        this.organisation = organisation;
        this.reminded = reminded;
        this.texts = texts;
        this.clock = clock;
    }

    /** A model's reminder timer: the employee's open tasks in the instance, each unless reminded already. */
    public void remindEmployee(DelegateExecution execution) {
        String employee = processEmployee.userIdOf(execution);
        for (Task task : openTasks(execution, employee)) {
            remindOnce(task);
        }
    }

    /** Reminds whoever holds the task (its assignee, or every member of its groups), unless it was reminded. */
    boolean remindOnce(Task task) {
        if (!reminded.claim(task.getId(), clock.instant())) {
            return false;
        }
        for (String recipient : holders(task)) {
            notifications.notify(recipient, Notification.Kind.REMINDER,
                    texts.bokmal("notification.reminder.subject", task.getName()),
                    texts.bokmal("notification.reminder.body", task.getName(), due(task)),
                    task.getProcessInstanceId());
        }
        return true;
    }

    public void escalateToLeader(DelegateExecution execution) {
        String employee = processEmployee.userIdOf(execution);
        String name = employee == null ? "" : organisation.findByUserId(employee).map(Employee::getFullName).orElse(employee);
        for (Task task : openTasks(execution, null)) {
            String holder = task.getAssignee();
            String holderName = holder == null ? name
                    : organisation.findByUserId(holder).map(Employee::getFullName).orElse(holder);
            String body = holder == null || holder.equals(employee)
                    ? texts.bokmal("notification.escalation.body", task.getName(), name, due(task))
                    : texts.bokmal("notification.escalation.leaderTask", task.getName(), holderName, name, due(task));
            for (String recipient : above(holder)) {
                notifications.notify(recipient, Notification.Kind.ESCALATION,
                        texts.bokmal("notification.escalation.subject", task.getName()), body,
                        execution.getProcessInstanceId());
            }
        }
    }

    /**
     * Who is told that the holder's task is overdue: the closest leader above the holder (for a leader,
     * the leader of a unit above the ones they lead); HR when there is no one above, or no holder.
     */
    public Set<String> above(String holder) {
        Set<String> recipients = new LinkedHashSet<>();
        if (holder != null) {
            organisation.closestLeaderOf(holder).map(Employee::getUserId).ifPresent(recipients::add);
        }
        if (recipients.isEmpty()) {
            organisation.membersOf(Role.HR).stream().map(Employee::getUserId).forEach(recipients::add);
        }
        return recipients;
    }

    private Set<String> holders(Task task) {
        Set<String> holders = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            holders.add(task.getAssignee());
            return holders;
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                Role.ofGroupId(link.getGroupId()).ifPresent(role ->
                        organisation.membersOf(role).stream().map(Employee::getUserId).forEach(holders::add));
            } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                holders.add(link.getUserId());
            }
        }
        return holders;
    }

    private List<Task> openTasks(DelegateExecution execution, String assignee) {
        var query = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId());
        return (assignee == null ? query : query.taskAssignee(assignee)).list();
    }

    private String due(Task task) {
        return task.getDueDate() == null ? texts.bokmal("notification.noDue") : DATE.format(EngineClock.deadlineDay(task.getDueDate().toInstant()));
    }
}
