package no.arshjul.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notification table as the mail's outbox, with a real SMTP server (GreenMail) that is down or
 * up as each test needs, and the mailer's own thread running as in production.
 */
@ArshjulTest
class NotificationMailerTest {

    static final LocalDateTime NOON = LocalDateTime.of(2027, 3, 10, 12, 0);
    static final Duration QUIET = Duration.ofMillis(1500);

    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;

    GreenMail smtp;

    @BeforeEach
    void onlyThisTestsNoticesWait() {
        giveUpOnWaitingNotices(jdbc);
        clockAt(NOON);
    }

    /** Notices other tests left waiting (nobody listened then) are not a mail test's mail. */
    static void giveUpOnWaitingNotices(JdbcTemplate jdbc) {
        jdbc.update("update notification set mail_attempts = ? where sent_at is null", NotificationMailer.ATTEMPTS);
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        ClockUtil.reset();
    }

    @Test
    void aMailThatFailedIsSentWhenItsClaimHasLapsedAndTheServerIsBack() throws Exception {
        long id = notifications.notify("anne", Notification.Kind.INFORMATION, "Prøve etter feil", "Tekst", null).getId();
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(id) == 1);

        startSmtp();
        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout("Prøve etter feil")).as("the claim has not lapsed yet").isEmpty();

        clockAt(NOON.plusMinutes(6));
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout("Prøve etter feil").size() == 1);
        assertThat(mailsAbout("Prøve etter feil").get(0).getAllRecipients()[0].toString())
                .isEqualTo("anne@fjordvik.kommune.no");
        await().atMost(Duration.ofSeconds(5)).until(() -> sentAt(id) != null);
        assertThat(attempts(id)).isEqualTo(2);
    }

    @Test
    void afterThreeFailuresANoticeIsNotMailedButStaysInTheInbox() throws Exception {
        long id = notifications.notify("anne", Notification.Kind.INFORMATION, "Prøve som gis opp", "Tekst", null).getId();
        for (int attempt = 1; attempt <= NotificationMailer.ATTEMPTS; attempt++) {
            int expected = attempt;
            await().atMost(Duration.ofSeconds(10)).until(() -> attempts(id) == expected);
            clockAt(NOON.plusMinutes(6L * attempt));
        }

        startSmtp();
        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout("Prøve som gis opp")).isEmpty();
        assertThat(attempts(id)).isEqualTo(NotificationMailer.ATTEMPTS);
        assertThat(sentAt(id)).isNull();
        assertThat(notifications.latestFor("anne")).extracting(Notification::getId).contains(id);
    }

    @Test
    void twoEqualMailsThatFailAreBothTriedAgain() throws Exception {
        List<Long> ids = transactions.execute(status -> List.of(
                notifications.notify("anne", Notification.Kind.INFORMATION, "Lik prøve", "Tekst", null).getId(),
                notifications.notify("anne", Notification.Kind.INFORMATION, "Lik prøve", "Tekst", null).getId()));

        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(ids.get(0)) == 1 && attempts(ids.get(1)) == 1);
        Thread.sleep(QUIET.toMillis());
        assertThat(ids).allSatisfy(id -> assertThat(sentAt(id)).as("not sent: the server is down").isNull());
    }

    @Test
    void aNoticeOlderThanADayIsNotMailed() throws Exception {
        clockAt(NOON.minusDays(2));
        long id = notifications.notify("anne", Notification.Kind.INFORMATION, "Gammel prøve", "Tekst", null).getId();
        clockAt(NOON);

        startSmtp();
        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout("Gammel prøve")).isEmpty();
        assertThat(attempts(id)).isZero();
    }

    @Test
    void aRecipientWithoutAnAddressIsNotTriedAgain() {
        long id = notifications.notify("finnes-ikke", Notification.Kind.INFORMATION, "Prøve uten adresse", "Tekst", null)
                .getId();

        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(id) == NotificationMailer.ATTEMPTS);
        assertThat(sentAt(id)).isNull();
    }

    @Test
    void threeNodesMailEveryNoticeOnce() throws Exception {
        startSmtp();
        List<String> people = List.of("anne", "kari", "per", "rita", "siri");
        for (int i = 0; i < 150; i++) {
            notifications.notify(people.get(i % people.size()), Notification.Kind.INFORMATION, "Prøve nr. " + i, "Tekst", null);
        }

        // two more nodes beside this context's own mailer thread, claiming as fast as they can
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (NotificationMailer node : List.of(node(), node())) {
                Callable<Integer> drain = () -> {
                    int total = 0;
                    for (int n; (n = node.mailWaiting()) > 0; ) {
                        total += n;
                    }
                    return total;
                };
                claimed.add(nodes.submit(drain));
            }
            for (Future<Integer> node : claimed) {
                node.get();
            }
        } finally {
            nodes.shutdown();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where subject like 'Prøve nr. %' and sent_at is not null", Integer.class) == 150);
        assertThat(subjectsOf(smtp.getReceivedMessages())).hasSize(150).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select distinct mail_attempts from notification where subject like 'Prøve nr. %'",
                Integer.class)).containsExactly(1);
    }

    private NotificationMailer node() {
        return new NotificationMailer(context.getBeanProvider(JavaMailSender.class), context.getBean(NamedParameterJdbcTemplate.class),
                context.getBean(ITemplateEngine.class), context.getBean(Clock.class), "arshjul@localhost", "http://localhost",
                Duration.ofSeconds(2));
    }

    private void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    private int attempts(long id) {
        return jdbc.queryForObject("select mail_attempts from notification where id = ?", Integer.class, id);
    }

    private Object sentAt(long id) {
        return jdbc.queryForObject("select sent_at from notification where id = ?", Object.class, id);
    }

    /**
     * The mails this test's notice became: a notice another test's background work makes while this
     * one runs (a timer that falls due at the test's clock) may reach the server too.
     */
    private List<MimeMessage> mailsAbout(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m))).toList();
    }

    private static List<String> subjectsOf(MimeMessage[] mails) {
        return Arrays.stream(mails).map(NotificationMailerTest::subjectOf).toList();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
