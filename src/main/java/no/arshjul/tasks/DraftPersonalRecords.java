package no.arshjul.tasks;

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

/** Unsent form answers: a draft belongs to the year it was last saved in, and to its writer. */
@Component
@Order(10)
class DraftPersonalRecords implements PersonalRecords {

    private final NamedParameterJdbcTemplate jdbc;

    DraftPersonalRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "drafts";
    }

    @Override
    @Transactional
    public int deleteYearsBefore(int year) {
        return jdbc.update("delete from form_draft where saved_at < :start", Map.of("start", startOf(year)));
    }

    @Override
    @Transactional
    public int deletePerson(String userId) {
        return jdbc.update("delete from form_draft where user_id = :user", Map.of("user", userId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(String userId) {
        return Map.of("formDrafts", jdbc.queryForList("select task_id, data, saved_at from form_draft"
                + " where user_id = :user order by saved_at", Map.of("user", userId)));
    }

    static Timestamp startOf(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(EngineClock.OSLO).toInstant());
    }
}
