package no.arshjul.planning;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.competence.CompetenceCatalogueService;
import no.arshjul.competence.CompetenceHoldingRepository;
import no.arshjul.competence.CompetenceItemRepository;
import no.arshjul.competence.CompetenceProfileService;
import no.arshjul.competence.HoldingDraft;
import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.OrgUnitRepository;
import no.arshjul.organisation.OrganisationImportService;
import no.arshjul.planning.GapAnalysisService.Analysis;
import no.arshjul.planning.GapAnalysisService.Row;
import no.arshjul.planning.GapAnalysisService.Scenario;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap analysis on a fixture with known answers: seven new project leaders in Plan og byggesak,
 * born so that two reach 67 and three reach 62 by the end of 2032, 10 % leaving a year.
 */
@ArshjulTest
@Transactional
class GapAnalysisTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final int PLAN_YEAR = 3001;

    @Autowired
    OrganisationImportService importService;
    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    CompetenceGoalRepository goals;
    @Autowired
    CompetenceHoldingRepository holdings;
    @Autowired
    CompetenceItemRepository catalogue;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    CompetenceCatalogueService catalogueService;
    @Autowired
    OrganisationService organisation;

    GapAnalysisService analysis;

    @BeforeEach
    void fixture() {
        analysis = new GapAnalysisService(goals, profiles, catalogueService, organisation, 67, 62, 0.10);
        String[][] people = {{"94001", "1960-06-01"}, {"94002", "1963-12-31"}, {"94003", "1966-03-01"},
                {"94004", "1985-01-01"}, {"94005", "1988-01-01"}, {"94006", "1990-01-01"}, {"94007", "1995-01-01"},
                {"94008", "1992-01-01"}};
        StringBuilder csv = new StringBuilder("ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;"
                + "stillingsprosent;startdato;enhet;aktiv;leder_for\n");
        for (String[] p : people) {
            csv.append(p[0]).append(";gap.").append(p[0]).append(";Test;Person;gap").append(p[0])
                    .append("@fjordvik.kommune.no;").append(p[1]).append(";Prosjektleder;100;2020-01-01;KT-PLAN;ja;\n");
        }
        importService.importEmployees(csv.toString().getBytes(StandardCharsets.UTF_8), false);
        for (int i = 1; i <= 7; i++) {
            List<HoldingDraft> drafts = new java.util.ArrayList<>(List.of(project()));
            if (i >= 4 && i <= 6) {
                drafts.add(new HoldingDraft("COURSE", "HMS-kurs", "HMS-40", null, null, null, LocalDate.of(2020, 1, 1),
                        null, null));
            }
            profiles.confirmRegistration("gap.9400" + i, drafts, "hakon");
        }
        // Expired and unconfirmed holdings do not count.
        profiles.confirmRegistration("gap.94008", List.of(new HoldingDraft("FURTHER_EDUCATION", "Prosjektledelse",
                "PROSJ", null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 1), null)), "hakon");
        profiles.addFromCompletedMeasure("gap.94008", "HMS-40", "HMS-kurs", LocalDate.of(2026, 1, 1));

        goals.save(new CompetenceGoal(PLAN_YEAR, "PROSJ", "KT-PLAN", 10, 2032, "Antall med prosjektledelse"));
        goals.save(new CompetenceGoal(PLAN_YEAR, "HMS-40", "KT-PLAN", 2, 2032, "Antall med HMS-kurs"));
        goals.save(new CompetenceGoal(PLAN_YEAR, "ENDR-KOORD", "KT", 1, 2032, "Endringskoordinator"));
    }

    static HoldingDraft project() {
        return new HoldingDraft("FURTHER_EDUCATION", "Prosjektledelse", "PROSJ", null, null, null,
                LocalDate.of(2015, 1, 1), null, null);
    }

    Row row(Analysis a, String code) {
        return a.rows().stream().filter(r -> r.competenceCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void normalRetirementAge() {
        Row prosj = row(analysis.analyse(PLAN_YEAR, Scenario.NORMAL, AS_OF, false), "PROSJ");

        // 7 hold it; 2 reach 67 by 2032; of the other 5, 10 % a year for 6 years leave: round(5 × 0.4686) = 2.
        assertThat(prosj.now()).isEqualTo(7);
        assertThat(prosj.retiring()).isEqualTo(2);
        assertThat(prosj.otherLeavers()).isEqualTo(2);
        assertThat(prosj.projected()).isEqualTo(3);
        assertThat(prosj.gap()).isEqualTo(7);
        assertThat(prosj.orgUnitName()).isEqualTo("Plan og byggesak");
    }

    @Test
    void earlyRetirementScenario() {
        Row prosj = row(analysis.analyse(PLAN_YEAR, Scenario.EARLY, AS_OF, false), "PROSJ");

        // 3 reach 62 by 2032; round(4 × 0.4686) = 2 others leave.
        assertThat(prosj.retiring()).isEqualTo(3);
        assertThat(prosj.otherLeavers()).isEqualTo(2);
        assertThat(prosj.projected()).isEqualTo(2);
        assertThat(prosj.gap()).isEqualTo(8);
    }

    @Test
    void expiredAndUnconfirmedHoldingsDoNotCountAndZeroIsShown() {
        Analysis all = analysis.analyse(PLAN_YEAR, Scenario.NORMAL, AS_OF, false);

        assertThat(row(all, "HMS-40").now()).as("three confirmed; the measure-sourced one is unconfirmed").isEqualTo(3);
        Row nobody = row(all, "ENDR-KOORD");
        assertThat(nobody.now()).isZero();
        assertThat(nobody.gap()).isEqualTo(1);
    }

    @Test
    void smallGroupsAreSuppressedForAggregateReaders() {
        Analysis shared = analysis.analyse(PLAN_YEAR, Scenario.NORMAL, AS_OF, true);

        Row hms = row(shared, "HMS-40");
        assertThat(hms.suppressed()).isTrue();
        assertThat(hms.now()).isNull();
        assertThat(hms.projected()).isNull();
        assertThat(hms.gap()).isNull();
        assertThat(hms.target()).as("the goal itself is not about people").isEqualTo(2);

        Row prosj = row(shared, "PROSJ");
        assertThat(prosj.now()).as("seven people: shown").isEqualTo(7);
        assertThat(prosj.retiring()).as("two people retiring: hidden").isNull();
        assertThat(prosj.projected()).as("now minus leavers would give the two away").isNull();
        assertThat(prosj.suppressed()).isTrue();

        assertThat(row(shared, "ENDR-KOORD").now()).as("nobody is not a small group").isZero();
    }
}
