package no.arshjul.privacy;

import no.arshjul.AccessLog;
import no.arshjul.EngineClock;
import no.arshjul.PersonalRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The access log as personal records: kept as long as the records it is about, gone with the person. */
@Component
@Order(10)
class AccessLogPersonalRecords implements PersonalRecords {

    private final AccessLogService log;

    AccessLogPersonalRecords(AccessLogService log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "accessLog";
    }

    @Override
    public int deleteYearsBefore(int year) {
        return log.deleteOlderThan(LocalDate.of(year, 1, 1).atStartOfDay(EngineClock.OSLO).toInstant());
    }

    @Override
    public int deletePerson(String userId) {
        return log.deleteAbout(userId);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(String userId) {
        List<Map<String, Object>> rows = log.everythingAbout(userId).stream().map(AccessLogPersonalRecords::row).toList();
        return Map.of("seenBy", rows);
    }

    private static Map<String, Object> row(AccessLog.Entry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("occurred_at", e.occurredAt());
        row.put("actor_user_id", e.actorUserId());
        row.put("actor_name", e.actorName());
        row.put("what", e.what().name());
        row.put("path", e.path());
        row.put("detail", e.detail());
        return row;
    }
}
