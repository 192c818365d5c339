package no.arshjul.competence;

import no.arshjul.leader.LeaderOverviewService;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates that expire: the person and the closest leader are told once per holding and
 * valid-until date, 60 days before (the engine's clock moved to years 3119–3124), again when a
 * renewed certificate's new date comes near; the profile and the leader's overview flag them.
 * Even Andersen (Fjordvik sykehjem, led by Lars) is this class's own.
 */
@ArshjulTest
class ExpiryReminderTest {

    static final String EVEN = "even.andersen";

    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    CompetenceMappingMerge merge;
    @Autowired
    CompetenceExpiry expiry;
    @Autowired
    LeaderOverviewService leaderOverview;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    List<String> told(String recipient) {
        return jdbc.queryForList("select subject from notification where recipient_user_id = ? and kind = 'REMINDER'"
                + " and process_instance_id is null and subject like '%Truckførerbevis%' order by id", String.class, recipient);
    }

    @Test
    void thePersonAndTheLeaderAreToldOncePerExpiryAndAgainAfterARenewal() {
        CompetenceHolding licence = profiles.confirmRegistration(EVEN, List.of(new HoldingDraft("CERTIFICATE",
                "Truckførerbevis", null, null, null, null, LocalDate.of(3115, 3, 1), LocalDate.of(3120, 3, 1), null)),
                "lars").get(0);
        assertThat(expiry.reminderDays()).isEqualTo(60);

        clockAt(LocalDateTime.of(3119, 12, 30, 6, 0)); // 62 days before
        expiry.sendDueReminders();
        assertThat(told(EVEN)).isEmpty();
        assertThat(expiry.state(licence)).isNull();

        clockAt(LocalDateTime.of(3120, 1, 5, 6, 0)); // 56 days before
        expiry.sendDueReminders();
        expiry.sendDueReminders();
        clockAt(LocalDateTime.of(3120, 1, 12, 6, 0));
        expiry.sendDueReminders();

        assertThat(told(EVEN)).containsExactly("Kompetanse som går ut: Truckførerbevis");
        assertThat(told("lars")).containsExactly("Even Andersen: Truckførerbevis går ut");
        assertThat(expiry.state(licence)).isEqualTo("EXPIRING");
        LeaderOverviewService.EmployeeRow row = leaderOverview.overviewFor("lars", 3120, ClockUtil.getCurrentTime().toInstant(),
                        no.arshjul.leader.OverviewView.EVERYONE, java.util.Locale.forLanguageTag("nb"))
                .units().stream().flatMap(u -> u.rows().stream()).filter(r -> r.userId().equals(EVEN)).findFirst().orElseThrow();
        assertThat(row.expiringCertificates()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Truckførerbevis");
            assertThat(c.validUntil()).isEqualTo(LocalDate.of(3120, 3, 1));
            assertThat(c.expired()).isFalse();
        });
        byte[] excel = http.withBasicAuth("lars", "demo").getForObject("/api/leader/overview.xlsx?year=3120&q=Even", byte[].class);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(excel))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Sertifikater som går ut");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Even Andersen");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).as("the leader's Excel file names it too")
                    .isEqualTo("Truckførerbevis går ut 01.03.3120");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        clockAt(LocalDateTime.of(3120, 3, 2, 6, 0));
        expiry.sendDueReminders();
        assertThat(told(EVEN)).as("the same expiry is not told again when it has passed").hasSize(1);
        assertThat(expiry.state(licence)).isEqualTo("EXPIRED");

        // Renewed in the next mapping: a new date, told of again when it comes near.
        Map<String, Object> renewed = new LinkedHashMap<>(ProfileMergeTest.row(licence));
        renewed.put("validUntil", "3125-03-01");
        merge.merge(EVEN, ProfileMergeTest.registration(List.of(renewed), Map.of()), "lars");
        expiry.sendDueReminders();
        assertThat(told(EVEN)).hasSize(1);

        clockAt(LocalDateTime.of(3125, 1, 10, 6, 0));
        expiry.sendDueReminders();
        expiry.sendDueReminders();
        assertThat(told(EVEN)).hasSize(2);
        assertThat(told("lars")).hasSize(2);
    }
}
