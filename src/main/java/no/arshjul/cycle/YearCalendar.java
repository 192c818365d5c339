package no.arshjul.cycle;

import no.arshjul.EngineClock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates of one year's cycle. The defaults follow Bærum's årshjul (DOMAIN.md §3.4); HR sets the
 * real ones in the annual cycle's first task. Processes get them as Date variables for their timers.
 */
public record YearCalendar(
        int year,
        LocalDate mappingOpens,
        LocalDate mappingDeadline,
        LocalDate talksOpen,
        LocalDate talksDeadline,
        LocalDate sectorInputDeadline,
        LocalDate kompetanseforumMeeting,
        LocalDate consultationMeeting,
        LocalDate approvalDeadline,
        LocalDate publicationDate,
        LocalDate evaluationDeadline) {

    /** Reminders go out this many days before a deadline. */
    public static final int REMINDER_DAYS = 7;
    /** The employee's preparation is due this many days before the talks deadline. */
    public static final int PREPARATION_LEAD_DAYS = 28;

    public static YearCalendar defaultsFor(int year) {
        return new YearCalendar(year,
                LocalDate.of(year, 1, 15), LocalDate.of(year, 3, 31),
                LocalDate.of(year, 2, 1), LocalDate.of(year, 6, 15),
                LocalDate.of(year, 8, 31), LocalDate.of(year, 9, 15),
                LocalDate.of(year, 11, 25), LocalDate.of(year, 12, 15),
                LocalDate.of(year, 12, 15), LocalDate.of(year, 3, 31));
    }

    public LocalDate preparationDeadline() {
        return talksDeadline.minusDays(PREPARATION_LEAD_DAYS);
    }

    public Map<String, Object> mappingVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("year", year);
        variables.put("mappingReminderAt", morning(mappingDeadline.minusDays(REMINDER_DAYS)));
        variables.put("mappingDeadlineAt", endOf(mappingDeadline));
        return variables;
    }

    public Map<String, Object> appraisalVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("year", year);
        variables.put("prepReminderAt", morning(preparationDeadline().minusDays(REMINDER_DAYS)));
        variables.put("prepDeadlineAt", endOf(preparationDeadline()));
        variables.put("talksDeadlineAt", endOf(talksDeadline));
        return variables;
    }

    static Date morning(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(8, 0)).atZone(EngineClock.OSLO).toInstant());
    }

    /** A deadline lasts the whole day: it has passed at midnight after it. */
    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(EngineClock.OSLO).toInstant());
    }
}
