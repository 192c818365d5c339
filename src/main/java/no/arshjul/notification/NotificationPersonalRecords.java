package no.arshjul.notification;

import no.arshjul.EngineClock;
import no.arshjul.PersonalRecords;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What was told to whom: a notification belongs to the year it was made in, and to its recipient. */
@Component
@Order(10)
class NotificationPersonalRecords implements PersonalRecords {

    private final NamedParameterJdbcTemplate jdbc;

    NotificationPersonalRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "notification";
    }

    @Override
    @Transactional
    public int deleteYearsBefore(int year) {
        Map<String, Object> start = Map.of("start",
                Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(EngineClock.OSLO).toInstant()));
        // which tasks were reminded is no one's personal data, but it goes with the notifications it led to
        jdbc.update("delete from task_reminder where reminded_at < :start", start);
        return jdbc.update("delete from notification where created_at < :start", start);
    }

    @Override
    @Transactional
    public int deletePerson(String userId) {
        return jdbc.update("delete from notification where recipient_user_id = :user", Map.of("user", userId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(String userId) {
        return Map.of("notifications", jdbc.queryForList("select kind, subject, body, created_at, sent_at"
                + " from notification where recipient_user_id = :user order by created_at", Map.of("user", userId)));
    }
}
