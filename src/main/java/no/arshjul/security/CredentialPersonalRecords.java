package no.arshjul.security;

import no.arshjul.PersonalRecords;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** A leaver's password hash goes with them; the export says only whether one is stored, never the hash. */
@Component
@Order(10)
class CredentialPersonalRecords implements PersonalRecords {

    private final NamedParameterJdbcTemplate jdbc;

    CredentialPersonalRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "login";
    }

    @Override
    public int deleteYearsBefore(int year) {
        return 0; // a password is no yearly record: it lasts as long as the person is employed
    }

    @Override
    @Transactional
    public int deletePerson(String userId) {
        return jdbc.update("delete from user_credential where user_id = :user", Map.of("user", userId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(String userId) {
        return Map.of("localPassword", jdbc.queryForList("select 'stored (hashed)' as password from user_credential"
                + " where user_id = :user", Map.of("user", userId)));
    }
}
