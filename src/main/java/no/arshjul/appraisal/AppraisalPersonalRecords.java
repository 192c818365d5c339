package no.arshjul.appraisal;

import no.arshjul.PersonalRecords;
import no.arshjul.engine.ProcessRemoval;
import no.arshjul.forms.FormSubmissionRecords;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appraisal talks as personal records: a talk with its minutes, development plan, follow-ups and
 * the form submissions of its process. Deleted a number of years after the talk's year, or with
 * the person; a person's still-running talk process goes with them.
 */
@Component
@Order(10)
class AppraisalPersonalRecords implements PersonalRecords {

    private static final String TALKS_BEFORE = "select id from appraisal_talk where talk_year < :year";
    private static final String TALKS_OF = "select id from appraisal_talk where employee_id in"
            + " (select id from employee where user_id = :user)";

    private final NamedParameterJdbcTemplate jdbc;
    private final FormSubmissionRecords submissions;
    private final ProcessRemoval processes;

    AppraisalPersonalRecords(NamedParameterJdbcTemplate jdbc, FormSubmissionRecords submissions, ProcessRemoval processes) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.processes = processes;
    }

    @Override
    public String name() {
        return "appraisal";
    }

    @Override
    @Transactional
    public int deleteYearsBefore(int year) {
        return delete(TALKS_BEFORE, Map.of("year", year), false);
    }

    @Override
    @Transactional
    public int deletePerson(String userId) {
        return delete(TALKS_OF, Map.of("user", userId), true);
    }

    private int delete(String talks, Map<String, Object> params, boolean endRunningProcesses) {
        List<String> instances = jdbc.queryForList("select process_instance_id from appraisal_talk where id in ("
                + talks + ") and process_instance_id is not null", params, String.class);
        if (endRunningProcesses) {
            processes.removeWithHistory(instances);
        }
        int deleted = submissions.deleteOfInstances(instances);
        deleted += jdbc.update("delete from measure_follow_up where measure_id in (select id from development_measure"
                + " where talk_id in (" + talks + "))", params);
        deleted += jdbc.update("delete from development_measure where talk_id in (" + talks + ")", params);
        deleted += jdbc.update("delete from talk_minutes where talk_id in (" + talks + ")", params);
        deleted += jdbc.update("delete from appraisal_talk where id in (" + talks + ")", params);
        return deleted;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(String userId) {
        Map<String, Object> params = Map.of("user", userId);
        Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
        export.put("talks", jdbc.queryForList("select talk_year, status, talk_date, talk_time, talk_place, updated_at"
                + " from appraisal_talk where id in (" + TALKS_OF + ") order by talk_year", params));
        export.put("minutes", jdbc.queryForList("select t.talk_year, m.talk_date, m.talk_held, m.topics, m.summary,"
                + " m.discussions_without_measure, m.agreed_work_goals, m.leader_user_id, m.leader_signed_at,"
                + " m.employee_ack, m.employee_comment, m.employee_signed_at from talk_minutes m"
                + " join appraisal_talk t on t.id = m.talk_id where t.id in (" + TALKS_OF + ") order by t.talk_year", params));
        export.put("developmentPlan", jdbc.queryForList("select t.talk_year, d.id as measure_id, d.title,"
                + " d.competence_goal, d.measure_type, d.kind, d.responsible_user_id, d.due_date, d.cost_nok, d.status,"
                + " d.completed_date, d.cancel_reason from development_measure d join appraisal_talk t on t.id = d.talk_id"
                + " where t.id in (" + TALKS_OF + ") order by t.talk_year, d.id", params));
        export.put("measureFollowUps", jdbc.queryForList("select f.measure_id, f.outcome, f.new_due_date, f.comment,"
                + " f.recorded_by, f.recorded_at from measure_follow_up f join development_measure d on d.id = f.measure_id"
                + " where d.talk_id in (" + TALKS_OF + ") order by f.id", params));
        // What the person wrote in their talks' forms; the leader's own preparation is the leader's.
        List<String> instances = jdbc.queryForList("select process_instance_id from appraisal_talk where id in ("
                + TALKS_OF + ") and process_instance_id is not null", params, String.class);
        export.put("submittedForms", submissions.ofInstances(instances).stream()
                .filter(row -> !"appraisal-prep-leader".equals(row.get("form_key"))).toList());
        return export;
    }
}
