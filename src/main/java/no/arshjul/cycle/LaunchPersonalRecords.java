package no.arshjul.cycle;

import no.arshjul.PersonalRecords;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The launch's row per year and employee (whether their mapping and talk were started). */
@Component
@Order(10)
class LaunchPersonalRecords implements PersonalRecords {

    private static final String EMPLOYEE = "(select id from employee where user_id = :user)";

    private final NamedParameterJdbcTemplate jdbc;

    LaunchPersonalRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "cycle";
    }

    @Override
    @Transactional
    public int deleteYearsBefore(int year) {
        return jdbc.update("delete from launch_item where cycle_year < :year", Map.of("year", year));
    }

    @Override
    @Transactional
    public int deletePerson(String userId) {
        return jdbc.update("delete from launch_item where employee_id in " + EMPLOYEE, Map.of("user", userId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(String userId) {
        return Map.of("launches", jdbc.queryForList("select cycle_year, status, reason, updated_at from launch_item"
                + " where employee_id in " + EMPLOYEE + " order by cycle_year", Map.of("user", userId)));
    }
}
