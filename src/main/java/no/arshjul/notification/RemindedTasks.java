package no.arshjul.notification;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tasks have had their deadline reminder ({@code task_reminder}): the one record both the
 * reminder job and the models' reminder timers write, so no task is reminded twice.
 */
@Component
class RemindedTasks {

    private final NamedParameterJdbcTemplate jdbc;

    RemindedTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the task's reminder in the caller's transaction; false if it was reminded already. Two
     * callers at the same moment: the primary key lets one of them through and fails the other.
     */
    boolean claim(String taskId, Instant now) {
        Map<String, Object> row = Map.of("task", taskId, "now", Timestamp.from(now));
        Integer already = jdbc.queryForObject("select count(*) from task_reminder where task_id = :task", row, Integer.class);
        if (already != null && already > 0) {
            return false;
        }
        return jdbc.update("insert into task_reminder (task_id, reminded_at) values (:task, :now)", row) == 1;
    }

    /** The tasks among these that were reminded already. */
    Set<String> reminded(Collection<String> taskIds) {
        Set<String> reminded = new HashSet<>();
        List<String> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 500) {
            reminded.addAll(jdbc.queryForList("select task_id from task_reminder where task_id in (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(from + 500, ids.size()))), String.class));
        }
        return reminded;
    }
}
