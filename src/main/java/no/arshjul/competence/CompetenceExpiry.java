package no.arshjul.competence;

import no.arshjul.EngineClock;
import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationService;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.web.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Certificates and authorisations that expire ({@code validUntil}): flagged on the person's profile
 * and in the leader's overview from {@code arshjul.competence.expiry-reminder-days} (60) before the
 * date, and told once to the person and their closest leader by a daily job. What was sent is
 * recorded per holding and valid-until date, so the same expiry is never told twice (on any node),
 * and a renewed certificate, with a new date, is told of again when its time comes.
 */
@Component("competenceExpiry")
@EnableScheduling
public class CompetenceExpiry {

    private static final Logger log = LoggerFactory.getLogger(CompetenceExpiry.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A holding that expires soon or has expired, as the leader's overview shows it. */
    public record ExpiringHolding(String title, LocalDate validUntil, boolean expired) {
    }

    private final CompetenceHoldingRepository holdings;
    private final OrganisationService organisation;
    private final NotificationService notifications;
    private final NamedParameterJdbcTemplate jdbc;
    private final Texts texts;
    private final Clock clock;
    private final int days;

    CompetenceExpiry(CompetenceHoldingRepository holdings, OrganisationService organisation,
                     NotificationService notifications, NamedParameterJdbcTemplate jdbc, Texts texts, Clock clock,
                     @Value("${arshjul.competence.expiry-reminder-days:60}") int days) {
        if (days < 0) {
            throw new IllegalArgumentException("arshjul.competence.expiry-reminder-days must be 0 or more: " + days);
        }
        this.holdings = holdings;
        this.organisation = organisation;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
        this.days = days;
    }

    public int reminderDays() {
        return days;
    }

    /** "EXPIRED", "EXPIRING" (within the reminder days) or null, for a holding as pages flag it. */
    public String state(CompetenceHolding holding) {
        if (holding == null || holding.getValidUntil() == null || holding.isEnded()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(EngineClock.OSLO));
        if (holding.getValidUntil().isBefore(today)) {
            return "EXPIRED";
        }
        return holding.getValidUntil().isAfter(today.plusDays(days)) ? null : "EXPIRING";
    }

    /** The holdings of these people that expire within the reminder days or have expired, by user id. */
    @Transactional(readOnly = true)
    public Map<String, List<ExpiringHolding>> expiringOf(Collection<Employee> employees) {
        Map<String, List<ExpiringHolding>> byPerson = new LinkedHashMap<>();
        if (employees.isEmpty()) {
            return byPerson;
        }
        LocalDate today = LocalDate.now(clock.withZone(EngineClock.OSLO));
        for (CompetenceHolding h : holdings.findByEmployeeInAndValidUntilBeforeAndEndedOnIsNullOrderByValidUntilAsc(
                employees, today.plusDays(days + 1L))) {
            byPerson.computeIfAbsent(h.getEmployee().getUserId(), k -> new java.util.ArrayList<>())
                    .add(new ExpiringHolding(h.getTitle(), h.getValidUntil(), h.getValidUntil().isBefore(today)));
        }
        return byPerson;
    }

    @Scheduled(cron = "${arshjul.competence.expiry-reminder-cron:0 0 6 * * *}", zone = "Europe/Oslo")
    void daily() {
        int sent = sendDueReminders();
        if (sent > 0) {
            log.info("Expiry reminders: {} holdings", sent);
        }
    }

    /**
     * Tells the person and their closest leader of every current holding whose valid-until date is
     * within the reminder days (or past) and has not been told of; returns how many holdings.
     */
    @Transactional
    public int sendDueReminders() {
        LocalDate today = LocalDate.now(clock.withZone(EngineClock.OSLO));
        int sent = 0;
        for (CompetenceHolding h : holdings.findByValidUntilBeforeAndEndedOnIsNullOrderByValidUntilAsc(
                today.plusDays(days + 1L))) {
            Employee person = h.getEmployee();
            if (!person.isActive() || !recordSent(h)) {
                continue;
            }
            boolean expired = h.getValidUntil().isBefore(today);
            String subject = texts.bokmal("notification.competenceExpiry.subject", h.getTitle());
            String until = DAY.format(h.getValidUntil());
            notifications.notify(person.getUserId(), Notification.Kind.REMINDER, subject,
                    texts.bokmal(expired ? "notification.competenceExpiry.expired" : "notification.competenceExpiry.body",
                            h.getTitle(), until), null);
            Optional<Employee> leader = organisation.closestLeaderOf(person);
            leader.ifPresent(l -> notifications.notify(l.getUserId(), Notification.Kind.REMINDER,
                    texts.bokmal("notification.competenceExpiry.leaderSubject", person.getFullName(), h.getTitle()),
                    texts.bokmal(expired ? "notification.competenceExpiry.leaderExpired"
                            : "notification.competenceExpiry.leaderBody", h.getTitle(), person.getFullName(), until), null));
            sent++;
        }
        return sent;
    }

    /** Records the reminder of this holding's expiry; false when it was sent before. */
    private boolean recordSent(CompetenceHolding h) {
        return jdbc.update("insert into competence_expiry_reminder (holding_id, valid_until, sent_at)"
                        + " select cast(:holding as bigint), cast(:validUntil as date), cast(:now as timestamp)"
                        + " where not exists (select 1 from competence_expiry_reminder"
                        + " where holding_id = :holding and valid_until = :validUntil)",
                Map.of("holding", h.getId(), "validUntil", h.getValidUntil(),
                        "now", Timestamp.valueOf(LocalDateTime.now(clock.withZone(EngineClock.OSLO))))) == 1;
    }
}
