package no.arshjul.models;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;

import java.util.Optional;

/**
 * Whether a timer's literal value parses, with the same calendars the engine uses when the timer is
 * created: timeDate and due dates as an ISO 8601 date-time (or a duration from now), timeDuration as an
 * ISO 8601 duration, timeCycle as an ISO 8601 repetition ({@code R3/PT1H}) or a cron expression.
 */
final class TimerValues {

    enum Type {
        DATE("timeDate", new DueDateBusinessCalendar(), "en dato og tid i ISO 8601, for eksempel 2027-03-31T08:00:00"),
        DURATION("timeDuration", new DurationBusinessCalendar(), "en varighet i ISO 8601, for eksempel P14D eller PT8H"),
        CYCLE("timeCycle", new CycleBusinessCalendar(),
                "en gjentakelse i ISO 8601 (for eksempel R3/P7D) eller et cron-uttrykk (for eksempel 0 0 8 ? * MON)");

        private final String attribute;
        private final BusinessCalendar calendar;
        private final String expected;

        Type(String attribute, BusinessCalendar calendar, String expected) {
            this.attribute = attribute;
            this.calendar = calendar;
            this.expected = expected;
        }

        String attribute() {
            return attribute;
        }
    }

    private TimerValues() {
    }

    /** A Norwegian explanation when the literal does not parse; empty when it does. */
    static Optional<String> problem(Type type, String value) {
        try {
            if (type.calendar.resolveDuedate(value.trim()) == null) {
                return Optional.of(message(type, value));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(message(type, value));
        }
    }

    private static String message(Type type, String value) {
        return "Tidspunktet «" + value.trim() + "» (" + type.attribute + ") kan ikke tolkes. Skriv " + type.expected
                + ", eller et uttrykk som ${prepDeadlineAt}.";
    }
}
