package no.arshjul.cycle;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.arshjul.TransactionMemo;
import no.arshjul.engine.YearCalendarDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar's dates as the models read them ({@code yearDates} in the model allow list): when a
 * year's talks open, when a plan is published; and the mapping's and talk's deadlines by name
 * ({@link YearCalendarDates}). A process started outside a year's cycle (no calendar
 * for the year) has nothing to wait for.
 */
@Component("yearDates")
public class YearDates implements YearCalendarDates {

    private static final String CYCLES = "annual-cycle-by-year";
    private static final Set<String> PROCESS_DATES = Set.copyOf(YearCalendar.defaultsFor(2000).processDates().keySet());

    private final AnnualCycleRepository cycles;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    YearDates(AnnualCycleRepository cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Whether the year's talks open later than now: the talk waits for {@link #talksOpen(Object)}. */
    @Transactional(readOnly = true)
    public boolean talksOpenLater(Object year) {
        return talksOpenAt(year).filter(at -> at.toInstant().isAfter(clock.instant())).isPresent();
    }

    /** The morning the year's talks open. */
    @Transactional(readOnly = true)
    public Date talksOpen(Object year) {
        return talksOpenAt(year).orElseGet(() -> Date.from(clock.instant()));
    }

    /** Whether the plan for {@code planYear} (made in the year before) is published later than now. */
    @Transactional(readOnly = true)
    public boolean publicationLater(Object planYear) {
        return publicationAt(planYear).filter(at -> at.toInstant().isAfter(clock.instant())).isPresent();
    }

    /** The morning the plan for {@code planYear} is published to the units. */
    @Transactional(readOnly = true)
    public Date publication(Object planYear) {
        return publicationAt(planYear).orElseGet(() -> Date.from(clock.instant()));
    }

    /** The end of the day {@code days} days from today: a due date for a step with its own time ("within two weeks"). */
    public Date daysFromToday(Object days) {
        int n = Integer.parseInt(days.toString().trim());
        return YearCalendar.endOf(java.time.LocalDate.now(clock).plusDays(n));
    }

    @Override
    public Set<String> names() {
        return PROCESS_DATES;
    }

    /** Runs in the caller's transaction (a launch batch's, a timer's), without an interceptor of its own: it is asked per instance. */
    @Override
    public Map<String, Date> dates(Object year) {
        return cycle(year, 0).map(AnnualCycle::processDates).orElse(Map.of());
    }

    private Optional<Date> talksOpenAt(Object year) {
        return calendar(year, 0).map(YearCalendar::talksOpenAt);
    }

    private Optional<Date> publicationAt(Object planYear) {
        return calendar(planYear, -1).map(YearCalendar::publicationAt);
    }

    private Optional<YearCalendar> calendar(Object year, int offset) {
        return cycle(year, offset).map(AnnualCycle::calendar);
    }

    private Optional<AnnualCycle> cycle(Object year, int offset) {
        if (year == null) {
            return Optional.empty();
        }
        int cycleYear = Integer.parseInt(year.toString().trim()) + offset;
        // every talk a launch batch starts asks its timer; the managed cycle shows a calendar changed since
        return TransactionMemo.get(CYCLES, cycleYear, entityManager::contains, () -> cycles.findByYear(cycleYear));
    }
}
