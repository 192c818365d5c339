package no.arshjul.security;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log-in throttle in the database: nodes share the count, any name fits, and the clean-up
 * removes only what no longer counts.
 */
@ArshjulTest
class JdbcLoginAttemptsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2002, 5, 1, 9, 0);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;
    @Autowired
    JdbcLoginAttempts attempts;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoNodesShareTheCountAndTheLock() {
        JdbcLoginAttempts node1 = node();
        JdbcLoginAttempts node2 = node();

        node1.failed("delt.navn");
        node2.failed("Delt.Navn ");
        node1.failed("delt.navn");
        node2.failed("delt.navn");
        assertThat(node1.isLocked("delt.navn")).as("four failures").isFalse();
        node2.failed("delt.navn");

        assertThat(node1.isLocked("delt.navn")).as("the fifth, on the other node, locks the name").isTrue();
        assertThat(node2.isLocked("DELT.NAVN")).isTrue();
        assertThat(node1.isLocked("et.annet.navn")).isFalse();
    }

    @Test
    void aSuccessOnOneNodeClearsTheCountOnTheOther() {
        JdbcLoginAttempts node1 = node();
        JdbcLoginAttempts node2 = node();
        for (int i = 0; i < 4; i++) {
            node1.failed("glemsk.person");
        }
        node2.succeeded("glemsk.person");
        node1.failed("glemsk.person");

        assertThat(node2.isLocked("glemsk.person")).as("the count started again after the success").isFalse();
        assertThat(failures("glemsk.person")).isEqualTo(1);
    }

    @Test
    void aVeryLongNameIsCountedAndLockedLikeAnyOther() {
        String longName = "a".repeat(100_000);
        for (int i = 0; i < 5; i++) {
            attempts.failed(longName);
        }
        assertThat(attempts.isLocked(longName)).isTrue();
        assertThat(attempts.isLocked(longName + "b")).as("only that name").isFalse();
        assertThat(JdbcLoginAttempts.key(longName)).hasSize(64);
    }

    @Test
    void aVeryLongNameAtTheLogInFormIsAnOrdinaryRefusal() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "kari".repeat(5_000) + "&password=feil&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(failures("kari".repeat(5_000))).isEqualTo(1);
    }

    @Test
    void theCleanUpRemovesOnlyRowsThatNoLongerCount() {
        clockAt(T0);
        attempts.failed("gammel.feil");
        attempts.failed("gammel.feil");
        clockAt(T0.plusMinutes(10));
        for (int i = 0; i < 5; i++) {
            attempts.failed("laast.navn");
        }
        clockAt(T0.plusMinutes(20));
        attempts.failed("fersk.feil");

        attempts.removeRowsOlderThanTheWindow();

        assertThat(rows("gammel.feil")).as("failed 20 minutes ago, not locked").isZero();
        assertThat(failures("gammel.feil")).isZero();
        assertThat(rows("laast.navn")).as("still locked").isEqualTo(1);
        assertThat(attempts.isLocked("laast.navn")).isTrue();
        assertThat(failures("fersk.feil")).as("failed now").isEqualTo(1);

        clockAt(T0.plusMinutes(26));
        attempts.removeRowsOlderThanTheWindow();
        assertThat(rows("laast.navn")).as("the lock is over and its failure older than the window").isZero();
        assertThat(failures("fersk.feil")).isEqualTo(1);
    }

    private JdbcLoginAttempts node() {
        return new JdbcLoginAttempts(jdbc, transactionManager, clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    private int rows(String name) {
        return jdbc.queryForObject("select count(*) from login_throttle where name_hash = ?", Integer.class,
                JdbcLoginAttempts.key(name));
    }

    private int failures(String name) {
        return jdbc.queryForObject("select count(*) from login_failure where name_hash = ?", Integer.class,
                JdbcLoginAttempts.key(name));
    }
}
