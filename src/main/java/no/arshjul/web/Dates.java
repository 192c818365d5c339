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
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String due(Instant due) {
        return due == null ? "" : DAY.format(EngineClock.deadlineDay(due));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A moment as people in Norway read it: "12.03.2026 14:05". */
    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(EngineClock.OSLO));
    }

    /** ISO moment for {@code <time datetime>}. */
    public String isoMoment(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    /** ISO date for {@code <time datetime>}. */
    public String iso(Instant due) {
        return due == null ? "" : EngineClock.deadlineDay(due).toString();
    }
}
