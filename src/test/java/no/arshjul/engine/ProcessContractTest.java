package no.arshjul.engine;

import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A start passes the engine only what the instance holds nowhere else: not in its business key, not in its year's calendar. */
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

    /** Knows one person: employee number 10004 is kari. */
    private static final ProcessEmployee KARI_IS_10004 = new ProcessEmployee(null) {
        @Override
        public String userIdOf(String businessKey) {
            return "10004".equals(employeeNumberOf(businessKey)) ? "kari" : null;
        }
    };

    record Start(int year, Date deadlineAt, String employeeUserId) {
    }

    @Test
    void theYearAndThePersonOfTheBusinessKeyAndTheCalendarsDatesAreLeftOut() {
        assertThat(ProcessContract.variablesOf(new Start(3413, DEADLINE, "kari"), "3413:10004", CALENDAR_OF_3413,
                KARI_IS_10004)).isEmpty();
    }

    @Test
    void aYearOrAPersonTheBusinessKeyDoesNotNameAndDatesOfItsOwnArePassed() {
        Date later = new Date(2_000_000L);

        assertThat(ProcessContract.variablesOf(new Start(3413, later, "kari"), "3414:10004", CALENDAR_OF_3413,
                KARI_IS_10004)).containsOnlyKeys("year", "deadlineAt").containsEntry("year", 3413)
                .containsEntry("deadlineAt", later);
        assertThat(ProcessContract.variablesOf(new Start(3413, DEADLINE, "per"), "3413:10004", CALENDAR_OF_3413,
                KARI_IS_10004)).containsOnlyKeys("employeeUserId").containsEntry("employeeUserId", "per");
        assertThat(ProcessContract.variablesOf(new Start(3413, DEADLINE, "kari"), "10004", CALENDAR_OF_3413,
                KARI_IS_10004)).containsOnlyKeys("year", "employeeUserId");
    }

    @Test
    void onlyAKeyOfYearAndNumberNamesAnEmployee() {
        assertThat(ProcessEmployee.employeeNumberOf("2027:10004")).isEqualTo("10004");
        assertThat(ProcessEmployee.employeeNumberOf("2027")).isNull();
        assertThat(ProcessEmployee.employeeNumberOf("2027:")).isNull();
        assertThat(ProcessEmployee.employeeNumberOf("plan:10004")).isNull();
        assertThat(ProcessEmployee.employeeNumberOf("2027:10004:1")).isNull();
        assertThat(ProcessEmployee.employeeNumberOf(null)).isNull();
    }
}
