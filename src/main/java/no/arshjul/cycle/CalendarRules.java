package no.arshjul.cycle;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a year's calendar must follow wherever HR sets it (the API, the year view, the calendar
 * task): the dates come in order, and none is in the past. A calendar with past dates is refused
 * with each past field named and the date "start now" would give it instead: the same calendar
 * moved forward from today, its intervals kept ({@link YearCalendar#startingFrom(LocalDate)}).
 */
@Component
class CalendarRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A text in the caller's language: the API's, the form's or a page's. */
    @FunctionalInterface
    interface Wording {
        String get(String key, Object... args);
    }

    /** One problem with one field of the calendar, worded for the caller. */
    record Problem(String field, String label, String message) {
    }

    private final Clock clock;

    CalendarRules(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The dates out of order, each at the later field. */
    List<Problem> order(YearCalendar calendar, Wording words) {
        List<Problem> problems = new ArrayList<>();
        for (List<String> pair : calendar.outOfOrder()) {
            String label = label(pair.get(0), words);
            problems.add(new Problem(pair.get(0), label, words.get("cycle.calendar.notAfter", label,
                    label(pair.get(1), words))));
        }
        return problems;
    }

    /** The dates already past, each with the date "start now" proposes for it. */
    List<Problem> past(YearCalendar calendar, Wording words) {
        LocalDate today = today();
        Map<String, LocalDate> proposed = calendar.startingFrom(today).dates();
        Map<String, LocalDate> given = calendar.dates();
        List<Problem> problems = new ArrayList<>();
        for (String field : calendar.pastFields(today)) {
            String label = label(field, words);
            problems.add(new Problem(field, label, words.get("cycle.calendar.past", label,
                    DAY.format(given.get(field)), DAY.format(proposed.get(field)))));
        }
        return problems;
    }

    /** Order first: a calendar out of order is not worth a proposal. */
    List<Problem> all(YearCalendar calendar, Wording words) {
        List<Problem> problems = new ArrayList<>(order(calendar, words));
        problems.addAll(past(calendar, words));
        return problems;
    }

    /** What "start now" would give: the calendar moved forward from today, or the same one if nothing is past. */
    YearCalendar proposal(YearCalendar calendar) {
        return calendar.startingFrom(today());
    }

    static String label(String field, Wording words) {
        return words.get("cycle.calendar.label." + field);
    }
}
