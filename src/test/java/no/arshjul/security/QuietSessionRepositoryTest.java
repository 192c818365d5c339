package no.arshjul.security;

import jakarta.servlet.http.Cookie;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A log-in session is read once per request and written only when something in it changed or its
 * last access is a minute old; the database still decides whether a session exists at the start
 * of every request.
 */
@ArshjulTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class QuietSessionRepositoryTest {

    private static final String PERSON = "per";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<SessionRepository<?>> stores;

    @Test
    void theSessionFilterUsesTheQuietStore() {
        assertThat(stores).hasSize(1).first().isInstanceOf(QuietSessionRepository.class);
    }

    @Test
    void aRequestSoonAfterTheLastReadsTheSessionOnceAndWritesNothing() throws Exception {
        Cookie[] session = logIn();
        mvc.perform(get("/api/tasks").cookie(session)).andExpect(status().isOk());

        List<String> sql = StatementCounter.count(() -> mvc.perform(get("/api/tasks").cookie(session))
                .andExpect(status().isOk()).andReturn()).sql();

        assertThat(sql).filteredOn(statement -> statement.toUpperCase().contains("SPRING_SESSION"))
                .singleElement().satisfies(statement -> assertThat(statement.trim()).startsWithIgnoringCase("SELECT"));
    }

    @Test
    void theLastAccessIsWrittenWhenTheStoredOneIsAMinuteOld() throws Exception {
        Cookie[] session = logIn();
        String id = sessionId(session);
        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
                twoMinutesAgo, twoMinutesAgo + 1_800_000, id);

        long before = System.currentTimeMillis();
        mvc.perform(get("/api/tasks").cookie(session)).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id))
                .isGreaterThanOrEqualTo(before);
        assertThat(jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class, id))
                .isGreaterThanOrEqualTo(before + 1_800_000);
    }

    @Test
    void aSessionEndedElsewhereIsNotAnsweredFromMemory() throws Exception {
        Cookie[] session = logIn();
        mvc.perform(get("/api/tasks").cookie(session)).andExpect(status().isOk());

        // another node logs the session out between two requests, which run on this same thread
        jdbc.update("delete from spring_session where session_id = ?", sessionId(session));

        mvc.perform(get("/api/tasks").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aSessionIdleForHalfAnHourHasEnded() throws Exception {
        Cookie[] session = logIn();
        long thirtyOneMinutesAgo = System.currentTimeMillis() - 31 * 60_000;
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
                thirtyOneMinutesAgo, thirtyOneMinutesAgo + 1_800_000, sessionId(session));

        mvc.perform(get("/api/tasks").cookie(session)).andExpect(status().isUnauthorized());
    }

    private Cookie[] logIn() throws Exception {
        return mvc.perform(formLogin().user(PERSON).password("demo")).andReturn().getResponse().getCookies();
    }

    private static String sessionId(Cookie[] cookies) {
        String value = Arrays.stream(cookies).filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow().getValue();
        return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
