package no.arshjul.notification;

import no.arshjul.EngineClock;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import no.arshjul.engine.TaskTitles;
import no.arshjul.engine.UserTaskCreated;
import no.arshjul.web.LocaleConfiguration;
import no.arshjul.web.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;


/**
 * Tells the assignee of a new task, or every member of its candidate groups, that it is there.
 * In bokmål: the recipient's language is not known.
 */
@Component
class NewTaskNotifier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NotificationService notifications;
    private final OrganisationService organisation;
    private final TaskTitles titles;
    private final Texts texts;

    NewTaskNotifier(NotificationService notifications, OrganisationService organisation, TaskTitles titles,
                    Texts texts) {
        this.notifications = notifications;
        this.organisation = organisation;
        this.titles = titles;
        this.texts = texts;
    }

    @EventListener
    void taskCreated(UserTaskCreated task) {
        String due = task.due() == null ? ""
                : texts.bokmal("notification.newTask.due", DATE.format(EngineClock.deadlineDay(task.due())));
        for (String recipient : recipients(task)) {
            String title = titles.title(task.taskDefinitionKey(), task.name(), task.employeeUserId(), task.year(),
                    recipient, LocaleConfiguration.BOKMAL);
            String body = task.assignee() != null
                    ? texts.bokmal("notification.newTask.assigned", title, due)
                    : texts.bokmal("notification.newTask.group", title, due, groups(task));
            notifications.notify(recipient, Notification.Kind.NEW_TASK,
                    texts.bokmal("notification.newTask.subject", title), body, task.processInstanceId());
        }
    }

    private Set<String> recipients(UserTaskCreated task) {
        Set<String> recipients = new LinkedHashSet<>();
        if (task.assignee() != null) {
            recipients.add(task.assignee());
            return recipients;
        }
        for (String group : task.candidateGroups()) {
            Role.ofGroupId(group).ifPresent(role ->
                    organisation.membersOf(role).stream().map(Employee::getUserId).forEach(recipients::add));
        }
        return recipients;
    }

    private String groups(UserTaskCreated task) {
        return String.join(", ", task.candidateGroups().stream().map(g ->
                "«" + Role.ofGroupId(g).map(role -> texts.bokmal(role.textKey())).orElse(g) + "»").toList());
    }
}
