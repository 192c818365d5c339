package no.arshjul.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Mails the notifications that wait in the table (sent_at empty), on a thread of its own. Every few
 * seconds, and again at once while there are more, a node claims up to a page of them, each with an
 * update that only one node can win, sends the page over one SMTP connection and marks what went.
 * So the step that stored a notice never waits for the mail server (a launch stores 100,000), a
 * restart loses nothing, and two nodes never send one notice twice. A mail that fails is tried again
 * when its claim has lapsed, {@value #ATTEMPTS} times in all. A notice older than a day is not mailed
 * any more: the inbox shows it, and mail configured late must not send a year's worth. Without
 * spring.mail.host nothing is mailed.
 */
@Component
class NotificationMailer implements SmartLifecycle {

    static final int ATTEMPTS = 3;
    static final int PAGE = 50;
    static final Duration CLAIM_LAPSES_AFTER = Duration.ofMinutes(5);
    static final Duration MAILED_WITHIN = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private static final String WAITING = "select id from notification where sent_at is null and mail_attempts < :attempts "
            + "and created_at > :since and (mail_claimed_at is null or mail_claimed_at < :lapsed) order by created_at, id limit :page";
    private static final String CLAIM = "update notification set mail_claimed_at = :now, mail_attempts = mail_attempts + 1 "
            + "where id = :id and sent_at is null and mail_attempts < :attempts "
            + "and (mail_claimed_at is null or mail_claimed_at < :lapsed)";
    private static final String CLAIMED = "select n.id, n.kind, n.subject, n.body, e.first_name, e.email from notification n "
            + "left join employee e on e.user_id = n.recipient_user_id where n.id in (:ids) order by n.id";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NamedParameterJdbcTemplate jdbc;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final Duration pollInterval;
    private ScheduledExecutorService sender;
    private volatile boolean running;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NamedParameterJdbcTemplate jdbc, ITemplateEngine templates,
                       Clock clock, @Value("${arshjul.mail.from}") String from, @Value("${arshjul.base-url}") String baseUrl,
                       @Value("${arshjul.mail.poll-interval:PT2S}") Duration pollInterval) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.templates = templates;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        running = true;
        if (mailSender.getIfAvailable() == null) {
            log.info("Mail is not configured (spring.mail.host): notifications are kept and shown in the inbox, not mailed");
            return;
        }
        sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notification-mail");
            thread.setDaemon(true);
            return thread;
        });
        sender.scheduleWithFixedDelay(this::mailAllWaiting, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Lets the page being sent finish; what waits stays in the table for the next start. */
    @Override
    public void stop() {
        running = false;
        if (sender != null) {
            sender.shutdown();
            try {
                if (!sender.awaitTermination(30, TimeUnit.SECONDS)) {
                    sender.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void mailAllWaiting() {
        try {
            while (running && mailWaiting() == PAGE) {
                // a full page: there may be more waiting
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next round tries again
            log.warn("Could not mail waiting notifications: {}", e.getMessage());
        }
    }

    /** One round: claims up to a page of waiting notifications and mails them; returns how many were claimed. */
    int mailWaiting() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Long> claimed = claim();
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<SimpleMailMessage, Long> messages = new IdentityHashMap<>();
        List<Long> noAddress = new ArrayList<>();
        jdbc.query(CLAIMED, Map.of("ids", claimed), row -> {
            String email = row.getString("email");
            if (email == null || email.isBlank()) {
                noAddress.add(row.getLong("id"));
            } else {
                messages.put(message(email, row.getString("first_name"), Notification.Kind.valueOf(row.getString("kind")),
                        row.getString("subject"), row.getString("body")), row.getLong("id"));
            }
        });
        if (!noAddress.isEmpty()) {
            log.warn("No e-mail address for the recipients of notifications {}; not mailed", noAddress);
            jdbc.update("update notification set mail_attempts = :attempts where id in (:ids)",
                    Map.of("attempts", ATTEMPTS, "ids", noAddress));
        }
        List<Long> sent = send(sender, messages);
        if (!sent.isEmpty()) {
            jdbc.update("update notification set sent_at = :now where id in (:ids)",
                    Map.of("now", Timestamp.from(clock.instant()), "ids", sent));
        }
        return claimed.size();
    }

    /** The waiting notifications this node won, oldest first; a claim another node has made is left to it. */
    private List<Long> claim() {
        Instant now = clock.instant();
        Timestamp lapsed = Timestamp.from(now.minus(CLAIM_LAPSES_AFTER));
        List<Long> waiting = jdbc.queryForList(WAITING, Map.of("attempts", ATTEMPTS,
                "since", Timestamp.from(now.minus(MAILED_WITHIN)), "lapsed", lapsed, "page", PAGE), Long.class);
        if (waiting.isEmpty()) {
            return List.of();
        }
        SqlParameterSource[] claims = waiting.stream().map(id -> new MapSqlParameterSource("id", id)
                .addValue("now", Timestamp.from(now)).addValue("attempts", ATTEMPTS).addValue("lapsed", lapsed))
                .toArray(SqlParameterSource[]::new);
        int[] won = jdbc.batchUpdate(CLAIM, claims);
        List<Long> claimed = new ArrayList<>();
        for (int i = 0; i < won.length; i++) {
            if (won[i] == 1) {
                claimed.add(waiting.get(i));
            }
        }
        return claimed;
    }

    /** Sends over one connection; returns the ids of the mails the server took. */
    private List<Long> send(JavaMailSender sender, Map<SimpleMailMessage, Long> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        // by equals, as the sender reports them: of two equal mails, one failing means both are tried again
        Map<Object, Exception> failed = new HashMap<>();
        try {
            sender.send(messages.keySet().toArray(SimpleMailMessage[]::new));
        } catch (MailSendException e) {
            failed.putAll(e.getFailedMessages());
            if (failed.isEmpty()) {
                messages.keySet().forEach(message -> failed.put(message, e));
            }
        } catch (MailException e) {
            messages.keySet().forEach(message -> failed.put(message, e));
        }
        List<Long> sent = new ArrayList<>();
        messages.forEach((message, id) -> {
            if (failed.containsKey(message)) {
                log.warn("Could not mail notification {} (tried again after {}, {} times in all): {}", id,
                        CLAIM_LAPSES_AFTER, ATTEMPTS, failed.get(message).getMessage());
            } else {
                sent.add(id);
            }
        });
        return sent;
    }

    private SimpleMailMessage message(String email, String firstName, Notification.Kind kind, String subject, String body) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(subject);
        mail.setText(text(firstName, kind, body));
        return mail;
    }

    String text(String firstName, Notification.Kind kind, String body) {
        Context context = new Context(Locale.forLanguageTag("nb"));
        context.setVariable("name", firstName);
        context.setVariable("kind", kind.name());
        context.setVariable("body", body);
        context.setVariable("inboxUrl", baseUrl + "/");
        return templates.process("mail/notification", context);
    }
}
