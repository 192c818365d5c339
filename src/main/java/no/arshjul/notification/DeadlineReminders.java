package no.arshjul.notification;

import no.arshjul.engine.SystemEngineCalls;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Every open user task with a due date is reminded once, {@code arshjul.reminders.before} ahead of
 * it (seven days by default), whatever model it is in: a task HR adds in Camunda Modeler gets its
 * reminder without a timer. Runs every quarter of an hour ({@code arshjul.reminders.cron}); each task
 * is reminded in its own transaction, recorded in {@code task_reminder}, so two nodes or a reminder
 * timer in a model never remind a task twice.
 */
@Component
public class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final TaskService taskService;
    private final SystemEngineCalls system;
    private final ProcessNotifications notifications;
    private final RemindedTasks reminded;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration before;

    DeadlineReminders(TaskService taskService, SystemEngineCalls system, ProcessNotifications notifications,
                      RemindedTasks reminded, PlatformTransactionManager transactions, Clock clock,
                      @Value("${arshjul.reminders.before:P7D}") Duration before) {
        this.taskService = taskService;
        this.system = system;
        this.notifications = notifications;
        this.reminded = reminded;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.before = before;
    }

    @Scheduled(cron = "${arshjul.reminders.cron:0 */15 * * * *}", zone = "Europe/Oslo")
    void scheduled() {
        remindDue();
    }

    /** Reminds every open task due within the reminder time that has not been reminded; returns how many. */
    public int remindDue() {
        Instant now = clock.instant();
        List<Task> due = system.call(() -> taskService.createTaskQuery().active()
                .dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(before))).list());
        Set<String> done = reminded.reminded(due.stream().map(Task::getId).toList());
        int sent = 0;
        for (Task task : due) {
            if (done.contains(task.getId())) {
                continue;
            }
            try {
                Boolean remindedNow = ownTransaction.execute(status -> system.call(() -> notifications.remindOnce(task)));
                sent += Boolean.TRUE.equals(remindedNow) ? 1 : 0;
            } catch (DataIntegrityViolationException e) {
                log.debug("Task {} was reminded by another node meanwhile", task.getId());
            }
        }
        return sent;
    }
}
