package no.arshjul.planning;

import no.arshjul.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.ErrorResponseException;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-up's schema (V80) and its rules on a real PostgreSQL. Plan year 3246. */
class SkupMeasureOnPostgresTest extends PostgresTest {

    static final int YEAR = 3246;

    @Autowired
    SkupPlanRepository plans;
    @Autowired
    SkupMeasureChangeRepository changes;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SkupMeasureProgress progress;
    @Autowired
    TertialReports reports;

    @Test
    void hrFollowsUpAMeasureAndTheReportReadsItOnPostgres() {
        List<Long> ids = new SkupMeasurePlans(plans, transactions).plan(YEAR, true, "Fagbrev for assistenter", 250_000,
                "Lederutvikling", 100_000);

        progress.update(YEAR, ids.get(0), new SkupMeasureProgress.Update("IN_PROGRESS", new BigDecimal("40000.50"),
                "Første kull", null), "hege", false);
        SkupMeasureProgress.Line done = progress.update(YEAR, ids.get(0),
                new SkupMeasureProgress.Update("DONE", new BigDecimal("245000"), null, 1L), "hege", false);
        assertThat(done.version()).isEqualTo(2);
        assertThatThrownBy(() -> progress.update(YEAR, ids.get(1),
                new SkupMeasureProgress.Update("DONE", new BigDecimal("-1"), null, null), "hege", false))
                .isInstanceOf(ErrorResponseException.class);

        assertThat(progress.history(YEAR, ids.get(0))).extracting(SkupMeasureProgress.Change::toStatus)
                .containsExactly(SkupMeasureStatus.IN_PROGRESS, SkupMeasureStatus.DONE);
        assertThat(changes.countByPlanYear(YEAR)).isEqualTo(2);
        TertialReport report = reports.report(YEAR, 1);
        assertThat(report.totalSpentNok()).isEqualByComparingTo("245000");
        assertThat(report.totalDeviationNok()).isEqualByComparingTo("-105000");
        assertThat(report.lines().get(0).comment()).isEqualTo("Første kull");
    }
}
