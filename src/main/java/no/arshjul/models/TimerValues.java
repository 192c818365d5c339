package no.arshjul.models;

import no.arshjul.forms.FormTexts;
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
        DATE("timeDate", new DueDateBusinessCalendar()),
        DURATION("timeDuration", new DurationBusinessCalendar()),
        CYCLE("timeCycle", new CycleBusinessCalendar());

        private final String attribute;
        private final BusinessCalendar calendar;

        Type(String attribute, BusinessCalendar calendar) {
            this.attribute = attribute;
            this.calendar = calendar;
        }

        String attribute() {
            return attribute;
        }
    }

    private TimerValues() {
    }

    /** An explanation (what to write instead) when the literal does not parse; empty when it does. */
    static Optional<String> problem(Type type, String value, FormTexts texts) {
        try {
            if (type.calendar.resolveDuedate(value.trim()) == null) {
                return Optional.of(message(type, value, texts));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(message(type, value, texts));
        }
    }

    private static String message(Type type, String value, FormTexts texts) {
        return texts.get("model.timer.unparsable", value.trim(), type.attribute,
                texts.get("model.timer.expected." + type.name()));
    }
}
