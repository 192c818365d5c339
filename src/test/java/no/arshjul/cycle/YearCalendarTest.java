package no.arshjul.cycle;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Start now": the calendar moved forward from today keeps every interval; order rules name the later field. */
class YearCalendarTest {

    @Test
    void startingNowMovesEveryDateByTheSameDaysSoTheIntervalsStay() {
        YearCalendar set = YearCalendar.defaultsFor(3257);
        LocalDate today = LocalDate.of(3257, 5, 2);

        YearCalendar moved = set.startingFrom(today);

        assertThat(moved.mappingOpens()).isEqualTo(today);
        long days = ChronoUnit.DAYS.between(set.mappingOpens(), today);
        set.dates().forEach((field, date) -> assertThat(moved.dates().get(field)).as(field).isEqualTo(date.plusDays(days)));
        assertThat(moved.pastFields(today)).isEmpty();
        assertThat(moved.outOfOrder()).isEmpty();
        // the units still get three months after the (later) publication
        assertThat(moved.unitPlansDeadline()).isEqualTo(moved.publicationDate().plusMonths(3));
        assertThat(set.unitPlansDeadline()).isEqualTo(LocalDate.of(3258, 3, 31));
    }

    @Test
    void aCalendarWithNothingPastStaysAsItIs() {
        YearCalendar set = YearCalendar.defaultsFor(3258);
        assertThat(set.startingFrom(LocalDate.of(3258, 1, 15))).isSameAs(set);
        assertThat(set.pastFields(LocalDate.of(3258, 1, 15))).isEmpty();
        assertThat(set.pastFields(LocalDate.of(3258, 2, 2))).containsExactly("mappingOpens", "talksOpen");
    }

    @Test
    void theLaunchStartsWhenTheEarlierOfMappingAndTalksOpens() {
        YearCalendar set = YearCalendar.defaultsFor(3259);
        assertThat(set.launchAt()).isEqualTo(YearCalendar.morning(set.mappingOpens()));
        YearCalendar talksFirst = new YearCalendar(3259, LocalDate.of(3259, 2, 10), set.mappingDeadline(),
                LocalDate.of(3259, 2, 1), set.talksDeadline(), set.sectorInputOpens(), set.sectorInputDeadline(),
                set.kompetanseforumMeeting(), set.consultationMeeting(), set.approvalDeadline(), set.publicationDate(),
                set.evaluationDeadline());
        assertThat(talksFirst.outOfOrder()).containsExactly(List.of("talksOpen", "mappingOpens"));
    }
}
