package no.arshjul.organisation;

import jakarta.persistence.EntityManagerFactory;
import no.arshjul.support.ArshjulTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large payroll file is written in JDBC batches: the number of SQL statements the import
 * prepares follows the number of chunks, not the number of rows. Counted with Hibernate's
 * statistics, no timing. Rolls back what it stored.
 */
@ArshjulTest
@Transactional
class OrganisationImportVolumeTest {

    static final int PEOPLE = 2_000;
    static final List<String> UNITS = List.of("HO-SYKEHJEM", "HO-SYKEHJEM-AVD2", "HO-HJEMME");

    @Autowired
    OrganisationImportService importService;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void twoThousandNewPeopleTakeAFewStatementsPerChunkNotOnePerPerson() {
        ImportReport report = importService.importEmployees(payroll("Sykepleier"), false);

        assertThat(report.inserted()).hasSize(PEOPLE);
        long statements = statistics.getPrepareStatementCount();
        // Per chunk of 500 rows: 10 sequence calls (ids come 50 at a time) and 5 insert batches of
        // 100; a row-by-row import would prepare at least one statement per person.
        assertThat(statements).as("statements for %d new people", PEOPLE).isLessThan(PEOPLE / 20);
        assertThat(statistics.getEntityInsertCount()).isEqualTo(PEOPLE);
        assertThat(employees.findByEmployeeNumber("80" + PEOPLE).orElseThrow().getUnit().getCode()).isIn(UNITS);
    }

    @Test
    void reimportingThemWithChangesUpdatesInBatchesToo() {
        importService.importEmployees(payroll("Sykepleier"), false);
        statistics.clear();

        ImportReport report = importService.importEmployees(payroll("Spesialsykepleier"), false);

        assertThat(report.updated()).hasSize(PEOPLE);
        assertThat(statistics.getEntityUpdateCount()).isEqualTo(PEOPLE);
        assertThat(statistics.getPrepareStatementCount()).as("statements for %d changed people", PEOPLE)
                .isLessThan(PEOPLE / 40);
        assertThat(employees.findByEmployeeNumber("801").orElseThrow().getPositionTitle())
                .isEqualTo("Spesialsykepleier");
    }

    /** The demo's people are left out of the file: they are reported missing, and stay. */
    static byte[] payroll(String title) {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= PEOPLE; i++) {
            rows.add("80" + i + ";volum" + i + ";Volum;Person" + i + ";volum" + i + "@fjordvik.kommune.no;1990-01-15;"
                    + title + ";80;2020-08-01;" + UNITS.get(i % UNITS.size()) + ";ja;");
        }
        return (OrganisationImportServiceTest.HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
