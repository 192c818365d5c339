package no.arshjul.competence;

import java.util.Date;

/**
 * The dates one year's competence mapping runs by, as the process's timers read them.
 *
 * @param year              the year of the mapping
 * @param mappingReminderAt when the employee is reminded
 * @param mappingDeadlineAt when the registration is due
 */
public record MappingDeadlines(int year, Date mappingReminderAt, Date mappingDeadlineAt) {
}
