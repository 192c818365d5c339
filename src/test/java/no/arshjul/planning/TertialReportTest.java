package no.arshjul.planning;

import no.arshjul.EngineClock;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static no.arshjul.planning.SkupMeasureStatus.CANCELLED;
import static no.arshjul.planning.SkupMeasureStatus.DONE;
import static no.arshjul.planning.SkupMeasureStatus.IN_PROGRESS;
import static no.arshjul.planning.SkupMeasureStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tertial report shows each measure as it stood at the tertial's end (Oslo time), from the kept
 * changes, and sums budget, spend and deviation. Plan year 3230.
 */
class TertialReportTest {

    static final int YEAR = 3230;

    final SkupMeasure a = measure(1L, "Fagbrev for assistenter", 100_000);
    final SkupMeasure b = measure(2L, "Lederutvikling", 50_000);
    final SkupMeasure c = measure(3L, "Språkkurs", 20_000);
    final SkupMeasure d = measure(4L, "Velferdsteknologi", 10_000);
    final List<SkupMeasureChange> changes = List.of(
            change(a, at(2, 10, 9, 0), PLANNED, IN_PROGRESS, 0, 30_000, "I gang"),
            change(a, at(6, 15, 9, 0), IN_PROGRESS, DONE, 30_000, 95_000, null),
            change(b, at(3, 1, 12, 0), PLANNED, CANCELLED, 0, 0, "Ingen søkere"),
            change(c, at(5, 2, 8, 0), PLANNED, IN_PROGRESS, 0, 25_000, null),
            // the last half hour of 30 April counts in the first tertial; ten past midnight on 1 May does not
            change(d, at(4, 30, 23, 30), PLANNED, IN_PROGRESS, 0, 1_000, null),
            change(d, at(5, 1, 0, 10), IN_PROGRESS, DONE, 1_000, 10_000, null));

    TertialReportTest() {
        a.followUp(DONE, new BigDecimal("95000.00"), null, "hege", at(6, 15, 9, 0));
        b.followUp(CANCELLED, new BigDecimal("0.00"), "Ingen søkere", "hege", at(3, 1, 12, 0));
        c.followUp(IN_PROGRESS, new BigDecimal("25000.00"), null, "hege", at(5, 2, 8, 0));
        d.followUp(DONE, new BigDecimal("10000.00"), null, "hege", at(5, 1, 0, 10));
    }

    @Test
    void aFinishedTertialShowsTheMeasuresAsTheyStoodAtItsEndAndSumsThem() {
        TertialReport t1 = TertialReport.of(YEAR, 1, List.of(a, b, c, d), changes, at(12, 31, 12, 0), EngineClock.OSLO);

        assertThat(t1.from()).isEqualTo(LocalDate.of(YEAR, 1, 1));
        assertThat(t1.to()).isEqualTo(LocalDate.of(YEAR, 4, 30));
        assertThat(t1.complete()).isTrue();
        assertThat(t1.asOf()).isEqualTo(LocalDate.of(YEAR, 4, 30));
        assertThat(t1.lines()).extracting(TertialReport.Line::status).containsExactly(IN_PROGRESS, CANCELLED, PLANNED, IN_PROGRESS);
        assertThat(t1.lines()).extracting(l -> l.spentNok().intValue()).containsExactly(30_000, 0, 0, 1_000);
        assertThat(t1.lines()).extracting(l -> l.deviationNok().intValue()).containsExactly(-70_000, -50_000, -20_000, -9_000);
        assertThat(t1.lines().get(1).comment()).isEqualTo("Ingen søkere");
        assertThat(t1.totalBudgetNok()).isEqualByComparingTo("180000");
        assertThat(t1.totalSpentNok()).isEqualByComparingTo("31000");
        assertThat(t1.totalDeviationNok()).isEqualByComparingTo("-149000");
        assertThat(t1.countByStatus()).containsEntry(PLANNED, 1L).containsEntry(IN_PROGRESS, 2L)
                .containsEntry(DONE, 0L).containsEntry(CANCELLED, 1L);

        TertialReport t2 = TertialReport.of(YEAR, 2, List.of(a, b, c, d), changes, at(12, 31, 12, 0), EngineClock.OSLO);
        assertThat(t2.to()).isEqualTo(LocalDate.of(YEAR, 8, 31));
        assertThat(t2.lines()).extracting(TertialReport.Line::status).containsExactly(DONE, CANCELLED, IN_PROGRESS, DONE);
        assertThat(t2.totalSpentNok()).isEqualByComparingTo("130000");
        assertThat(t2.totalDeviationNok()).isEqualByComparingTo("-50000");
        // the sum is the sum of the lines
        assertThat(t2.lines().stream().map(TertialReport.Line::spentNok).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(t2.totalSpentNok());

        TertialReport t3 = TertialReport.of(YEAR, 3, List.of(a, b, c, d), changes, at(12, 31, 12, 0), EngineClock.OSLO);
        assertThat(t3.from()).isEqualTo(LocalDate.of(YEAR, 9, 1));
        assertThat(t3.complete()).as("31 December is not over at noon").isFalse();
        assertThat(t3.asOf()).isEqualTo(LocalDate.of(YEAR, 12, 31));
    }

    @Test
    void aRunningTertialShowsTheMeasuresAsTheyAreToday() {
        TertialReport t1 = TertialReport.of(YEAR, 1, List.of(a, b, c, d), changes, at(3, 15, 12, 0), EngineClock.OSLO);

        assertThat(t1.complete()).isFalse();
        assertThat(t1.asOf()).isEqualTo(LocalDate.of(YEAR, 3, 15));
        assertThat(t1.lines()).extracting(TertialReport.Line::status).containsExactly(IN_PROGRESS, CANCELLED, PLANNED, PLANNED);
        assertThat(t1.totalSpentNok()).isEqualByComparingTo("30000");
    }

    private static SkupMeasure measure(long id, String title, int budget) {
        SkupMeasure m = new SkupMeasure(1, title, "Ansatte", "HR", BigDecimal.valueOf(budget), "CENTRAL_FUNDS", "3230");
        ReflectionTestUtils.setField(m, "id", id);
        return m;
    }

    private static SkupMeasureChange change(SkupMeasure m, Instant at, SkupMeasureStatus from, SkupMeasureStatus to,
                                            int fromSpent, int toSpent, String comment) {
        return new SkupMeasureChange(m.getId(), YEAR, at, "hege", from, to, BigDecimal.valueOf(fromSpent),
                BigDecimal.valueOf(toSpent), comment);
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(YEAR, month, day, hour, minute).atZone(EngineClock.OSLO).toInstant();
    }
}
