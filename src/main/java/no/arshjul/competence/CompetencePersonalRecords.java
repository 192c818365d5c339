package no.arshjul.competence;

import no.arshjul.NorwegianOrder;
import no.arshjul.PersonalRecords;
import no.arshjul.engine.ProcessRemoval;
import no.arshjul.forms.FormSubmissionRecords;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Competence as personal records: a year's mapping (with its process's form submissions) goes a
 * number of years after its year; the profile (holdings) is the person's current competence and
 * goes only with the person.
 */
@Component
@Order(10)
class CompetencePersonalRecords implements PersonalRecords {

    private static final String EMPLOYEE = "(select id from employee where user_id = :user)";

    private final NamedParameterJdbcTemplate jdbc;
    private final FormSubmissionRecords submissions;
    private final ProcessRemoval processes;

    CompetencePersonalRecords(NamedParameterJdbcTemplate jdbc, FormSubmissionRecords submissions, ProcessRemoval processes) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.processes = processes;
    }

    @Override
    public String name() {
        return "competence";
    }

    @Override
    @Transactional
    public int deleteYearsBefore(int year) {
        Map<String, Object> params = Map.of("year", year);
        List<String> instances = jdbc.queryForList("select process_instance_id from competence_mapping"
                + " where mapping_year < :year and process_instance_id is not null", params, String.class);
        return submissions.deleteOfInstances(instances)
                + jdbc.update("delete from competence_mapping where mapping_year < :year", params);
    }

    @Override
    @Transactional
    public int deletePerson(String userId) {
        Map<String, Object> params = Map.of("user", userId);
        List<String> instances = jdbc.queryForList("select process_instance_id from competence_mapping"
                + " where employee_id in " + EMPLOYEE + " and process_instance_id is not null", params, String.class);
        processes.removeWithHistory(instances);
        return submissions.deleteOfInstances(instances)
                + jdbc.update("delete from competence_mapping where employee_id in " + EMPLOYEE, params)
                + jdbc.update("delete from competence_holding where employee_id in " + EMPLOYEE, params);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(String userId) {
        Map<String, Object> params = Map.of("user", userId);
        Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
        List<Map<String, Object>> profile = jdbc.queryForList("select h.entry_type, h.competence_class, h.real_category,"
                + " h.title, i.code as catalogue_code, i.name as catalogue_name, h.institution, h.level, h.credits,"
                + " h.completed_date, h.valid_until, h.description, h.ended_on, h.source, h.confirmed_by, h.confirmed_at,"
                + " h.updated_at"
                + " from competence_holding h left join competence_item i on i.id = h.competence_item_id"
                + " where h.employee_id in " + EMPLOYEE, params);
        // as the profile lists them (CompetenceHolding.IN_PROFILE_ORDER); the maps' keys ignore case
        profile.sort(Comparator.comparing((Map<String, Object> h) -> (String) h.get("entry_type"))
                .thenComparing(h -> (String) h.get("title"), NorwegianOrder.TEXT));
        export.put("competenceProfile", profile);
        export.put("mappings", jdbc.queryForList("select mapping_year, status, leader_comment, updated_at"
                + " from competence_mapping where employee_id in " + EMPLOYEE + " order by mapping_year", params));
        List<String> instances = jdbc.queryForList("select process_instance_id from competence_mapping"
                + " where employee_id in " + EMPLOYEE + " and process_instance_id is not null", params, String.class);
        export.put("submittedForms", submissions.ofInstances(instances));
        return export;
    }
}
