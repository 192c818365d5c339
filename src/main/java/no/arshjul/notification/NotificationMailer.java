package no.arshjul.notification;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Mails each stored notification, after the transaction that stored it has committed (a task
 * that was rolled back sends nothing), on threads of its own. Through SMTP when spring.mail.host is set; otherwise the
 * mail is only logged. A mail that fails is logged and stays unsent (sent_at empty); the
 * notification itself is kept.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationService notifications;
    private final ITemplateEngine templates;
    private final String from;
    private final String baseUrl;
    /**
     * Mail goes out on two threads of its own, after the commit: a launch announces 100,000 tasks,
     * and the job threads must not wait for the SMTP server each time. A full line makes the
     * committing thread send itself, so nothing is dropped.
     */
    private final ThreadPoolExecutor outbox = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "notification-mail");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationService notifications,
                       ITemplateEngine templates, @Value("${arshjul.mail.from}") String from,
                       @Value("${arshjul.base-url}") String baseUrl) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.templates = templates;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(NotificationStored stored) {
        if (stored.email() == null || stored.email().isBlank()) {
            log.warn("No e-mail address for {}; notification {} not mailed", stored.recipientUserId(), stored.id());
            return;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Mail is not configured (spring.mail.host); would send to {}: {}", stored.email(), stored.subject());
            return;
        }
        outbox.execute(() -> mail(sender, stored));
    }

    private void mail(JavaMailSender sender, NotificationStored stored) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(stored.email());
        mail.setSubject(stored.subject());
        mail.setText(text(stored));
        try {
            sender.send(mail);
            notifications.markSent(stored.id());
        } catch (RuntimeException e) {
            log.warn("Could not mail notification {} to {}: {}", stored.id(), stored.email(), e.getMessage());
        }
    }

    /** Lets the mails in line go out before the application stops. */
    @PreDestroy
    void finishSending() throws InterruptedException {
        outbox.shutdown();
        if (!outbox.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("{} notification mails were not sent before shutdown; they stay unsent", outbox.getQueue().size());
            outbox.shutdownNow();
        }
    }

    String text(NotificationStored stored) {
        Context context = new Context(Locale.forLanguageTag("nb"));
        context.setVariable("name", stored.recipientName());
        context.setVariable("kind", stored.kind().name());
        context.setVariable("body", stored.body());
        context.setVariable("inboxUrl", baseUrl + "/");
        return templates.process("mail/notification", context);
    }
}
