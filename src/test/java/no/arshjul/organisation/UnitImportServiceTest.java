package no.arshjul.organisation;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** HR's units file against the demo municipality; each test rolls back what it changed. */
@ArshjulTest
@Transactional
@RecordApplicationEvents
class UnitImportServiceTest {

    /** Fjordvik's units as the demo loads them. */
    static final String DEMO = """
            kode;navn;niva;overordnet
            FJORDVIK;Fjordvik kommune;KOMMUNE;
            HO;Helse og omsorg;SEKTOR;FJORDVIK
            HO-SYKEHJEM;Fjordvik sykehjem;ENHET;HO
            HO-SYKEHJEM-AVD2;Avdeling 2;AVDELING;HO-SYKEHJEM
            HO-HJEMME;Hjemmetjenesten;ENHET;HO
            HO-HJEMME-NORD;Sone nord;AVDELING;HO-HJEMME
            HO-HJEMME-SOR;Sone sør;AVDELING;HO-HJEMME
            OU;Oppvekst og undervisning;SEKTOR;FJORDVIK
            OU-SENTRUM;Sentrum skole;ENHET;OU
            OU-SOLBAKKEN;Solbakken barnehage;ENHET;OU
            OU-PPT;PPT;ENHET;OU
            KT;Kultur og teknisk;SEKTOR;FJORDVIK
            KT-PLAN;Plan og byggesak;ENHET;KT
            KT-BIBKULT;Bibliotek og kulturskole;ENHET;KT
            OG;Organisasjon og utvikling;SEKTOR;FJORDVIK
            OG-HR;Personal- og organisasjonsavdelingen;ENHET;OG
            STAB;Rådmannens stab;SEKTOR;FJORDVIK
            STAB-OKONOMI;Økonomi;ENHET;STAB
            """;

    @Autowired
    UnitImportService unitImport;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    OrganisationService organisation;
    @Autowired
    OrganisationChangeLog changeLog;
    @Autowired
    OrganisationChangeRepository changes;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static byte[] file(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The demo file with one line replaced (or removed, when the replacement is empty). */
    static String demoWith(String line, String replacement) {
        assertThat(DEMO).contains(line + "\n");
        return DEMO.replace(line + "\n", replacement.isEmpty() ? "" : replacement + "\n");
    }

    @Test
    @WithMockUser(username = "hege", roles = "hr")
    void aGoodFileAddsRenamesMovesAndClosesUnitsAndTheLeaderTasksFollow() {
        clockAt(LocalDateTime.of(2302, 2, 1, 9, 0));
        // Erik leads Økonomi under the staff, which has no leader of its own: his leader is the rådmann.
        String erik = appraisals.start("erik", YearCalendar.defaultsFor(2302).talkDeadlines()).getProcessInstanceId();
        taskService.complete(task(erik), ValidSubmission.of("appraisal-prep-employee"));
        assertThat(taskService.createTaskQuery().taskId(task(erik)).singleResult().getAssignee()).isEqualTo("rita");
        long changesBefore = changes.count();

        String text = demoWith("STAB-OKONOMI;Økonomi;ENHET;STAB", "STAB-OKONOMI;Økonomi;ENHET;OG")
                .replace("OU-PPT;PPT;ENHET;OU", "OU-PPT;Pedagogisk-psykologisk tjeneste;ENHET;OU")
                .replace("STAB;Rådmannens stab;SEKTOR;FJORDVIK\n", "")
                + "HO-HJEMME-VEST;Sone vest;AVDELING;HO-HJEMME\n";
        UnitImportReport report = unitImport.importUnits(file(text));

        assertThat(report.added()).containsExactly("HO-HJEMME-VEST");
        assertThat(report.renamed()).extracting(UnitImportReport.Renamed::code, UnitImportReport.Renamed::name)
                .containsExactly(tuple("OU-PPT", "Pedagogisk-psykologisk tjeneste"));
        assertThat(report.moved()).extracting(UnitImportReport.Moved::code, UnitImportReport.Moved::previousParent,
                UnitImportReport.Moved::parent).containsExactly(tuple("STAB-OKONOMI", "STAB", "OG"));
        assertThat(report.closed()).containsExactly("STAB");
        assertThat(report.newLeaders()).extracting(UnitImportReport.NewLeader::userId,
                UnitImportReport.NewLeader::previousLeader, UnitImportReport.NewLeader::leader)
                .containsExactly(tuple("erik", "rita", "paasen"));

        assertThat(units.findByCode("HO-HJEMME-VEST").orElseThrow().getParent().getCode()).isEqualTo("HO-HJEMME");
        assertThat(units.findByCode("STAB").orElseThrow().isClosed()).isTrue();
        assertThat(organisation.unitCodesAt(LevelType.SEKTOR)).as("a closed sector gets no plan work")
                .doesNotContain("STAB").contains("OG");
        assertThat(organisation.closestLeaderOf("erik")).map(Employee::getUserId).contains("paasen");
        assertThat(organisation.closestLeaderOf("kari")).map(Employee::getUserId).as("untouched").contains("lars");
        assertThat(taskService.createTaskQuery().taskId(task(erik)).singleResult().getAssignee())
                .as("the open leader task follows the move").isEqualTo("paasen");

        assertThat(events.stream(OrganisationChanged.class))
                .extracting(OrganisationChanged::actor, OrganisationChanged::unitCode, OrganisationChanged::change)
                .containsExactlyInAnyOrder(tuple("hege", "HO-HJEMME-VEST", "unit-added"),
                        tuple("hege", "OU-PPT", "unit-renamed"), tuple("hege", "STAB-OKONOMI", "unit-moved"),
                        tuple("hege", "STAB", "unit-closed"));
        assertThat(changes.count()).isEqualTo(changesBefore + 4);
        assertThat(changeLog.latest(4)).allSatisfy(c -> {
            assertThat(c.getActor()).isEqualTo("hege");
            assertThat(c.getChangedAt()).isEqualTo(LocalDateTime.of(2302, 2, 1, 9, 0).atZone(no.arshjul.EngineClock.OSLO).toInstant());
        });
    }

    @Test
    void theSameFileAgainChangesNothingAndAClosedUnitComesBack() {
        UnitImportReport same = unitImport.importUnits(file(DEMO));
        assertThat(same.unchanged()).isEqualTo(18);
        assertThat(events.stream(OrganisationChanged.class)).isEmpty();

        unitImport.importUnits(file(demoWith("STAB;Rådmannens stab;SEKTOR;FJORDVIK", "")
                .replace("STAB-OKONOMI;Økonomi;ENHET;STAB", "STAB-OKONOMI;Økonomi;ENHET;FJORDVIK")));
        UnitImportReport back = unitImport.importUnits(file(DEMO));

        assertThat(back.reopened()).containsExactly("STAB");
        assertThat(units.findByCode("STAB").orElseThrow().isClosed()).isFalse();
    }

    @Test
    void theEmployeeImportRefusesActivePeopleInAClosedUnit() {
        unitImport.importUnits(file(demoWith("STAB;Rådmannens stab;SEKTOR;FJORDVIK", "")
                .replace("STAB-OKONOMI;Økonomi;ENHET;STAB", "STAB-OKONOMI;Økonomi;ENHET;FJORDVIK")));

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> employeeImport.importEmployees(OrganisationImportServiceTest.csv(
                        OrganisationImportServiceTest.row("93001", "i.stab", "STAB", "")), false));

        assertThat(rejected.getErrors()).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(2, "enhet", "unitClosed"));
    }

    @Autowired
    OrganisationImportService employeeImport;

    @Test
    @WithMockUser(username = "hege", roles = "hr")
    void theEmployeeImportRecordsANewUnitLeader() {
        employeeImport.importEmployees(OrganisationImportServiceTest.csv("10010;nina;Nina;Strand;nina@fjordvik.kommune.no;"
                + "1984-10-10;Avdelingsleder;100;2012-09-01;HO-SYKEHJEM-AVD2;ja;HO-SYKEHJEM-AVD2"), false);

        assertThat(events.stream(OrganisationChanged.class))
                .extracting(OrganisationChanged::actor, OrganisationChanged::unitCode, OrganisationChanged::change)
                .containsExactly(tuple("hege", "HO-SYKEHJEM-AVD2", "unit-leader-changed"));
        assertThat(changeLog.latest(1).get(0).getDetail()).isEqualTo("sindre → nina");
    }

    // --- Each kind of bad file is refused whole, with its lines, and nothing is stored ------------

    List<ImportError> rejectionOf(String text) {
        Map<String, String> namesBefore = namesAndParents();
        long changesBefore = changes.count();
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> unitImport.importUnits(file(text)));
        assertThat(rejected).as("the file should be refused").isNotNull();
        assertThat(rejected.getMessage()).contains("Ingenting er lagret");
        assertThat(namesAndParents()).as("nothing stored").isEqualTo(namesBefore);
        assertThat(changes.count()).as("no change recorded").isEqualTo(changesBefore);
        assertThat(events.stream(OrganisationChanged.class)).isEmpty();
        return rejected.getErrors();
    }

    private Map<String, String> namesAndParents() {
        units.flush();
        return units.findAll().stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u.getName() + "|"
                + (u.getParent() == null ? "" : u.getParent().getCode()) + "|" + u.isClosed()));
    }

    @Test
    void anUnknownParentIsRefused() {
        List<ImportError> errors = rejectionOf(demoWith("OU-PPT;PPT;ENHET;OU", "OU-PPT;PPT nytt navn;ENHET;FINNES-IKKE"));

        assertThat(errors).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(12, "overordnet", "unknownParent"));
        assertThat(errors.get(0).message()).contains("FINNES-IKKE");
    }

    @Test
    void aDuplicateCodeIsRefused() {
        List<ImportError> errors = rejectionOf(DEMO + "NY-ENHET;Ny;ENHET;HO\nNY-ENHET;Ny igjen;ENHET;OU\n");

        assertThat(errors).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(21, "kode", "duplicateUnitCode"));
        assertThat(errors.get(0).message()).contains("NY-ENHET").contains("20");
    }

    @Test
    void aRingOfParentsIsRefusedOnEveryLineOfIt() {
        List<ImportError> errors = rejectionOf(demoWith("HO;Helse og omsorg;SEKTOR;FJORDVIK", "HO;Helse og omsorg;SEKTOR;HO-SYKEHJEM-AVD2"));

        assertThat(errors).extracting(ImportError::line, ImportError::field)
                .containsExactly(tuple(3, "overordnet"), tuple(4, "overordnet"), tuple(5, "overordnet"));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).contains("går i ring").contains("HO-SYKEHJEM"));
    }

    @Test
    void closingAUnitWithActivePeopleIsRefused() {
        List<ImportError> errors = rejectionOf(demoWith("OU-PPT;PPT;ENHET;OU", ""));

        assertThat(errors).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(0, "kode", "closingUnitWithPeople"));
        assertThat(errors.get(0).message()).contains("OU-PPT").contains("kristin");
    }

    @Test
    void badColumnsAreRefused() {
        List<ImportError> errors = rejectionOf(DEMO.replace("kode;navn;niva;overordnet", "kode;navn;nivaa;forelder"));

        assertThat(errors).extracting(ImportError::line, ImportError::field).containsExactly(tuple(1, "kolonner"));
        assertThat(errors.get(0).message()).contains("niva").contains("overordnet");
    }

    @Test
    void badLinesAreRefusedWithTheirLines() {
        List<ImportError> errors = rejectionOf(DEMO + "NY;;ENHET;HO\nNY2;Ny to;GREIN;HO\nNY3;Ny tre;ENHET\n");

        assertThat(errors).extracting(ImportError::line, ImportError::field, ImportError::code).containsExactly(
                tuple(20, "navn", "missingValue"), tuple(21, "niva", "invalidLevel"), tuple(22, "linje", "wrongFieldCount"));
    }

    private String task(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }
}
