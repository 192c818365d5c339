package no.arshjul.organisation;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The payroll import against the demo municipality; each test rolls back what it changed. */
@ArshjulTest
@Transactional
@RecordApplicationEvents
class OrganisationImportServiceTest {

    static final String HEADER = "ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;"
            + "stillingsprosent;startdato;enhet;aktiv;leder_for\n";

    @Autowired
    OrganisationImportService importService;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    OrganisationService organisation;
    @Autowired
    ApplicationEvents events;

    static byte[] csv(String... lines) {
        return (HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String row(String number, String userId, String unit, String leads) {
        return number + ";" + userId + ";Test;Person;" + userId + "@fjordvik.kommune.no;1990-01-15;Sykepleier;80;"
                + "2020-08-01;" + unit + ";ja;" + leads;
    }

    List<ImportError> rejectionOf(byte[] file) {
        long before = employees.count();
        ImportRejectedException rejected = (ImportRejectedException) org.assertj.core.api.Assertions
                .catchThrowable(() -> importService.importEmployees(file, false));
        assertThat(rejected).as("the file should be rejected").isNotNull();
        assertThat(employees.count()).as("nothing stored").isEqualTo(before);
        return rejected.getErrors();
    }

    @Test
    void goodFileInsertsAndUpdatesByEmployeeNumberAndReportsWhoIsMissing() {
        byte[] file = csv(
                row("90001", "ny.person", "HO-SYKEHJEM", ""),
                "10004;kari;Kari;Nordmann;kari@fjordvik.kommune.no;11.02.1984;Helsefagarbeider;100;15.06.2009;HO-SYKEHJEM;ja;");

        ImportReport report = importService.importEmployees(file, false);

        assertThat(report.inserted()).containsExactly("90001");
        assertThat(report.updated()).containsExactly("10004");
        Employee kari = employees.findByUserId("kari").orElseThrow();
        assertThat(kari.getEmploymentPercentage()).isEqualByComparingTo(new BigDecimal("100"));
        Employee newcomer = employees.findByEmployeeNumber("90001").orElseThrow();
        assertThat(newcomer.getUnit().getCode()).isEqualTo("HO-SYKEHJEM");
        assertThat(organisation.closestLeaderOf(newcomer)).map(Employee::getUserId).contains("lars");

        assertThat(report.missingFromFile()).extracting(ImportReport.MissingEmployee::userId)
                .contains("per", "lars", "hege").doesNotContain("kari", "ny.person");
        assertThat(report.missingDeactivated()).isFalse();
        assertThat(employees.findByUserId("per").orElseThrow().isActive()).as("nobody deactivated silently").isTrue();
    }

    @Test
    void unchangedRowsAreCountedAndNotUpdated() {
        Employee anne = employees.findByUserId("anne").orElseThrow();
        String same = "10006;anne;Anne;Lie;anne@fjordvik.kommune.no;1996-07-08;Assistent;40;2021-01-04;HO-SYKEHJEM;ja;";

        ImportReport report = importService.importEmployees(csv(same), false);

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.updated()).isEmpty();
        assertThat(employees.findByUserId("anne").orElseThrow().getId()).isEqualTo(anne.getId());
    }

    @Test
    void missingEmployeesAreDeactivatedOnlyWhenAskedFor() {
        ImportReport report = importService.importEmployees(csv(row("90002", "bare.en", "HO-SYKEHJEM", "")), true);

        assertThat(report.missingDeactivated()).isTrue();
        assertThat(employees.findByUserId("per").orElseThrow().isActive()).isFalse();
        assertThat(employees.findByUserId("bare.en").orElseThrow().isActive()).isTrue();
    }

    @Test
    void aLeadersPeopleComeInNorwegianOrderWhateverTheDatabaseSortsBy() {
        importService.importEmployees(csv(
                "90031;asen;Kari;Åsen;asen@fjordvik.kommune.no;1990-01-15;Sykepleier;80;2020-08-01;HO-SYKEHJEM-AVD2;ja;",
                "90032;odegard;Kari;Ødegård;odegard@fjordvik.kommune.no;1990-01-15;Sykepleier;80;2020-08-01;HO-SYKEHJEM-AVD2;ja;",
                "90033;aero;Kari;Ærø;aero@fjordvik.kommune.no;1990-01-15;Sykepleier;80;2020-08-01;HO-SYKEHJEM-AVD2;ja;"), false);

        List<Employee> people = organisation.reportsByUnit("sindre").get(units.findByCode("HO-SYKEHJEM-AVD2").orElseThrow());

        // H2, like PostgreSQL with the C locale, sorts by code point: Å before Æ and Ø
        assertThat(people).extracting(Employee::getLastName).filteredOn(name -> List.of("Åsen", "Ødegård", "Ærø").contains(name))
                .containsExactly("Ærø", "Ødegård", "Åsen");
    }

    @Test
    void aNewLeaderOfAUnitIsSetReportedAndAnnounced() {
        String nina = "10010;nina;Nina;Strand;nina@fjordvik.kommune.no;1984-10-10;Avdelingsleder;100;2012-09-01;"
                + "HO-SYKEHJEM-AVD2;ja;HO-SYKEHJEM-AVD2";

        ImportReport report = importService.importEmployees(csv(nina), false);

        assertThat(report.leaderChanges()).extracting(ImportReport.LeaderChange::unitCode,
                        ImportReport.LeaderChange::previousLeader, ImportReport.LeaderChange::newLeader)
                .containsExactly(tuple("HO-SYKEHJEM-AVD2", "sindre", "nina"));
        assertThat(units.findByCode("HO-SYKEHJEM-AVD2").orElseThrow().getLeader().getUserId()).isEqualTo("nina");
        assertThat(organisation.closestLeaderOf("ali")).map(Employee::getUserId).contains("nina");
        assertThat(events.stream(UnitLeaderChanged.class))
                .containsExactly(new UnitLeaderChanged("HO-SYKEHJEM-AVD2", "sindre", "nina"));
    }

    @Test
    void aLeaderInTheFileWhoNoLongerLeadsTheUnitLeavesItWithoutLeader() {
        String sindre = "10009;sindre;Sindre;Aune;sindre@fjordvik.kommune.no;1982-01-25;Sykepleier;100;2011-04-01;"
                + "HO-SYKEHJEM-AVD2;ja;";

        importService.importEmployees(csv(sindre), false);

        assertThat(units.findByCode("HO-SYKEHJEM-AVD2").orElseThrow().getLeader()).isNull();
        assertThat(organisation.closestLeaderOf("ali")).map(Employee::getUserId)
                .as("falls back to the leader of the unit above").contains("lars");
    }

    @Test
    void missingFieldIsReportedWithLineAndColumn() {
        List<ImportError> errors = rejectionOf(csv(
                row("90010", "ok.person", "HO-SYKEHJEM", ""),
                "90011;uten.fornavn;;Person;u@fjordvik.kommune.no;1990-01-01;Sykepleier;100;2020-01-01;HO-SYKEHJEM;ja;"));

        assertThat(errors).extracting(ImportError::line, ImportError::field)
                .containsExactly(tuple(3, "fornavn"));
        assertThat(errors.get(0).message()).contains("Mangler verdi");
        assertThat(employees.findByEmployeeNumber("90010")).as("the good line is not stored either").isEmpty();
    }

    @Test
    void unknownUnitIsReported() {
        List<ImportError> errors = rejectionOf(csv(row("90020", "ukjent.enhet", "FINNES-IKKE", "")));

        assertThat(errors).extracting(ImportError::line, ImportError::field).containsExactly(tuple(2, "enhet"));
        assertThat(errors.get(0).message()).contains("FINNES-IKKE");
    }

    @Test
    void badDatesAreReported() {
        List<ImportError> errors = rejectionOf(csv(
                "90030;feil.dato;Test;Person;f@fjordvik.kommune.no;31.02.1980;Sykepleier;100;2020-13-01;HO-SYKEHJEM;ja;"));

        assertThat(errors).extracting(ImportError::line, ImportError::field)
                .containsExactlyInAnyOrder(tuple(2, "fodselsdato"), tuple(2, "startdato"));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).contains("ikke en gyldig dato"));
    }

    @Test
    void duplicateEmployeeNumberIsReportedAtTheSecondLineNamingTheFirst() {
        List<ImportError> errors = rejectionOf(csv(
                row("90040", "forste", "HO-SYKEHJEM", ""),
                row("90040", "andre", "HO-SYKEHJEM", "")));

        assertThat(errors).extracting(ImportError::line, ImportError::field)
                .containsExactly(tuple(3, "ansattnummer"));
        assertThat(errors.get(0).message()).contains("90040").contains("linje 2");
    }

    @Test
    void userIdBelongingToAnotherEmployeeIsReported() {
        List<ImportError> errors = rejectionOf(csv(row("90045", "kari", "HO-SYKEHJEM", "")));

        assertThat(errors).extracting(ImportError::field).containsExactly("brukernavn");
        assertThat(errors.get(0).message()).contains("10004");
    }

    @Test
    void leaderCycleIsReportedOnEveryLineInIt() {
        // Each leads the other's unit: following "who is my leader" goes round for ever.
        List<ImportError> errors = rejectionOf(csv(
                row("90050", "leder.a", "OU-PPT", "OU-SENTRUM"),
                row("90051", "leder.b", "OU-SENTRUM", "OU-PPT")));

        assertThat(errors).extracting(ImportError::line, ImportError::field)
                .containsExactlyInAnyOrder(tuple(2, "leder_for"), tuple(3, "leder_for"));
        assertThat(errors.get(0).message()).contains("Lederkjeden går i ring").contains("90050").contains("90051");
        assertThat(units.findByCode("OU-SENTRUM").orElseThrow().getLeader().getUserId()).isEqualTo("nils");
    }

    @Test
    void everyBadLineIsReportedNotJustTheFirst() {
        List<ImportError> errors = rejectionOf(csv(
                row("90060", "a.person", "FINNES-IKKE", ""),
                "90061;b.person;B;Person;ikke-epost;1990-01-01;Sykepleier;120;2020-01-01;HO-SYKEHJEM;kanskje;",
                row("90062", "c.person", "HO-SYKEHJEM", ""),
                row("90060", "d.person", "HO-SYKEHJEM", "")));

        assertThat(errors).extracting(ImportError::line, ImportError::field).containsExactly(
                tuple(2, "enhet"), tuple(3, "aktiv"), tuple(3, "epost"), tuple(3, "stillingsprosent"),
                tuple(5, "ansattnummer"));
    }

    @Test
    void missingColumnsRejectTheFileAtTheHeader() {
        byte[] file = "ansattnummer;brukernavn;fornavn\n1;a;b\n".getBytes(StandardCharsets.UTF_8);

        List<ImportError> errors = rejectionOf(file);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(1);
        assertThat(errors.get(0).message()).contains("etternavn").contains("enhet");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> importService.importEmployees(new byte[0], false))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("Ingenting er lagret");
    }

    @Test
    void commaSeparatedFilesWithQuotesAndBomAreRead() {
        String file = "\uFEFFansattnummer,brukernavn,fornavn,etternavn,epost,fodselsdato,stilling,stillingsprosent,"
                + "startdato,enhet,aktiv,leder_for\n"
                + "90070,komma.person,Ola,Nordmann,o@fjordvik.kommune.no,1990-01-01,\"Lærer, kontaktlærer\",\"87,5\","
                + "2020-08-01,OU-SENTRUM,ja,\n";

        ImportReport report = importService.importEmployees(file.getBytes(StandardCharsets.UTF_8), false);

        assertThat(report.inserted()).containsExactly("90070");
        Employee ola = employees.findByEmployeeNumber("90070").orElseThrow();
        assertThat(ola.getPositionTitle()).isEqualTo("Lærer, kontaktlærer");
        assertThat(ola.getEmploymentPercentage()).isEqualByComparingTo("87.5");
    }
}
