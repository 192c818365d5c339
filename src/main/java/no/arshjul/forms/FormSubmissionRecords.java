package no.arshjul.forms;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stored submissions of given process instances, for the features that own those processes
 * to export and delete with their own records (retention and innsyn): forms does not know whose a
 * process is, its owner does.
 */
@Service
public class FormSubmissionRecords {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    FormSubmissionRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int deleteOfInstances(Collection<String> processInstanceIds) {
        int deleted = 0;
        for (List<String> chunk : chunks(processInstanceIds)) {
            deleted += jdbc.update("delete from form_submission where process_instance_id in (:ids)", Map.of("ids", chunk));
        }
        return deleted;
    }

    /** The submissions, oldest first, as stored (form, version, who, when and the answers as JSON). */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> ofInstances(Collection<String> processInstanceIds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> chunk : chunks(processInstanceIds)) {
            rows.addAll(jdbc.queryForList("select process_definition_key, task_name, form_key, form_version, data,"
                    + " submitted_by, submitted_at from form_submission where process_instance_id in (:ids)"
                    + " order by submitted_at, id", Map.of("ids", chunk)));
        }
        return rows;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = ids.stream().filter(id -> id != null).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
