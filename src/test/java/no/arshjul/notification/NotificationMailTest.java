package no.arshjul.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Mail through a real SMTP server (GreenMail on the test profile's port): new tasks and reminders. */
@ArshjulTest
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AppraisalService appraisals;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    NotificationRepository notifications;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onlyThisTestsNoticesWait() {
        NotificationMailerTest.giveUpOnWaitingNotices(jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theAssigneeGetsMailAboutANewTaskAndAReminder() throws Exception {
        clockAt(LocalDateTime.of(2620, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(2620).talkDeadlines()).getProcessInstanceId();

        // mail goes out from the notification table, on the mailer's own thread, after the commit
        List<MimeMessage> mail = await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("anne@fjordvik.kommune.no"),
                received -> !received.isEmpty());
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("Ny oppgave: Forbered medarbeidersamtalen med Lars Berg");
        String text = mail.get(0).getContent().toString();
        assertThat(text).contains("Hei Anne!").contains("Fristen er 18.05.2620.").contains("Mine oppgaver");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                notifications.findByProcessInstanceIdOrderByIdAsc(instance))
                .filteredOn(n -> n.getKind() == Notification.Kind.NEW_TASK)
                .singleElement().satisfies(n -> assertThat(n.getSentAt()).isNotNull()));

        clockAt(LocalDateTime.of(2620, 5, 11, 8, 30));
        fireDueJobs(managementService, instance);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailTo("anne@fjordvik.kommune.no"))
                .extracting(MimeMessage::getSubject).contains("Påminnelse: Forbered medarbeidersamtalen"));
    }

    @Test
    void aGroupTaskIsMailedToEveryMemberOfTheGroup() throws Exception {
        runtimeService.startProcessInstanceByKey("annual-cycle", "2621");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailTo("hege@fjordvik.kommune.no"))
                .extracting(MimeMessage::getSubject).contains("Ny oppgave: Fastsett kalenderen for årshjulet 2621"));
        List<MimeMessage> mail = mailTo("hege@fjordvik.kommune.no");
        assertThat(mail.get(mail.size() - 1).getContent().toString()).contains("til «HR»").contains("Den som tar oppgaven først");
        assertThat(mailTo("kari@fjordvik.kommune.no")).as("not in the hr group").isEmpty();
    }
}
