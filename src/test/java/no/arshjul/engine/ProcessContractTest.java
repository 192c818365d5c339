package no.arshjul.engine;

import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A start passes the engine only what the instance does not hold already in its business key and its year's calendar. */
class ProcessContractTest {

    private static final Date DEADLINE = new Date(1_000_000L);
    private static final YearCalendarDates CALENDAR_OF_3413 = new YearCalendarDates() {
        @Override
        public Set<String> names() {
            return Set.of("deadlineAt");
        }

        @Override
        public Map<String, Date> dates(Object year) {
            return Integer.valueOf(3413).equals(year) ? Map.of("deadlineAt", DEADLINE) : Map.of();
        }
    };

    record Start(int year, Date deadlineAt, String employeeUserId) {
    }

    @Test
    void theYearOfTheBusinessKeyAndTheCalendarsDatesAreLeftOut() {
        assertThat(ProcessContract.variablesOf(new Start(3413, DEADLINE, "kari"), "3413:10004", CALENDAR_OF_3413))
                .containsOnlyKeys("employeeUserId");
    }

    @Test
    void aYearTheBusinessKeyDoesNotNameAndDatesOfItsOwnArePassed() {
        Date later = new Date(2_000_000L);

        assertThat(ProcessContract.variablesOf(new Start(3413, later, "kari"), "3414:10004", CALENDAR_OF_3413))
                .containsOnlyKeys("year", "deadlineAt", "employeeUserId").containsEntry("year", 3413)
                .containsEntry("deadlineAt", later);
        assertThat(ProcessContract.variablesOf(new Start(3413, DEADLINE, "kari"), "10004", CALENDAR_OF_3413))
                .containsOnlyKeys("year", "employeeUserId");
    }
}
