package no.arshjul.web;

import no.arshjul.EngineClock;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates on the pages, as Norwegians write them: {@code ${@dates.due(task.due)}}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String due(Instant due) {
        return due == null ? "" : DAY.format(EngineClock.deadlineDay(due));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** ISO date for {@code <time datetime>}. */
    public String iso(Instant due) {
        return due == null ? "" : EngineClock.deadlineDay(due).toString();
    }
}
