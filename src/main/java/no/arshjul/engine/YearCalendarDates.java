package no.arshjul.engine;

import java.util.Date;
import java.util.Map;
import java.util.Set;

/**
 * The dates of a year's calendar that the mapping's and the talk's models read by name
 * ({@code ${prepDeadlineAt}}): an instance that starts with its year's dates does not hold them as
 * variables, and its expressions read them from the calendar. A launch wrote five such variables per
 * employee, the same for everyone.
 */
public interface YearCalendarDates {

    /** The names of the calendar's dates, as the start records name them. */
    Set<String> names();

    /** The year's calendar's dates by name; empty when the year has no cycle. */
    Map<String, Date> dates(Object year);
}
