package no.arshjul.appraisal;

import java.util.Date;

/**
 * The dates one year's appraisal talks run by, as the process's timers read them.
 *
 * @param year            the year of the talks
 * @param prepReminderAt  when the employee is reminded to prepare
 * @param prepDeadlineAt  when the employee's preparation is due
 * @param talksDeadlineAt when the talk and its minutes are due
 */
public record TalkDeadlines(int year, Date prepReminderAt, Date prepDeadlineAt, Date talksDeadlineAt) {
}
