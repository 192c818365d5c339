package no.arshjul.organisation;

import no.arshjul.PersonalRecords;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The person as the payroll import gave them, and their roles. Last of the personal records: the
 * other features' rows refer to the employee row, so it goes after them. Only an inactive person
 * is ever deleted; a unit they still stand as leader of loses its leader.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EmployeePersonalRecords implements PersonalRecords {

    private static final String EMPLOYEE = "(select id from employee where user_id = :user and active = false)";

    private final NamedParameterJdbcTemplate jdbc;

    EmployeePersonalRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public int deleteYearsBefore(int year) {
        return 0; // the employee row lasts as long as the employment, and goes with the leaver
    }

    @Override
    @Transactional
    public int deletePerson(String userId) {
        Map<String, Object> params = Map.of("user", userId);
        jdbc.update("update org_unit set leader_id = null where leader_id in " + EMPLOYEE, params);
        return jdbc.update("delete from role_assignment where employee_id in " + EMPLOYEE, params)
                + jdbc.update("delete from employee where id in " + EMPLOYEE, params);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(String userId) {
        Map<String, Object> params = Map.of("user", userId);
        Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
        export.put("profile", jdbc.queryForList("select e.employee_number, e.user_id, e.first_name, e.last_name,"
                + " e.email, e.date_of_birth, e.position_title, e.employment_percentage, e.start_date,"
                + " u.code as unit_code, u.name as unit_name, e.active, e.inactive_since"
                + " from employee e join org_unit u on u.id = e.unit_id where e.user_id = :user", params));
        export.put("roles", jdbc.queryForList("select r.role, r.union_name from role_assignment r"
                + " join employee e on e.id = r.employee_id where e.user_id = :user order by r.role", params));
        return export;
    }
}
