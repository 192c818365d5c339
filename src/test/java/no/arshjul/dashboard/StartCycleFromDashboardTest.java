package no.arshjul.dashboard;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.LoggedInSession;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static org.assertj.core.api.Assertions.assertThat;

/** HR starts the year from the dashboard and finds the calendar task in the inbox; nobody else can. */
@ArshjulTest
class StartCycleFromDashboardTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void cleanUp() {
        deleteYear(runtimeService, 2088);
    }

    @Test
    void hrStartsTheYearAndGetsTheCalendarTask() throws Exception {
        LoggedInSession hege = LoggedInSession.logIn(port, "hege", "demo");
        assertThat(hege.get("/hr?year=2088").body()).contains("Start årshjulet for 2088");

        HttpResponse<String> started = hege.submit("/hr?year=2088", "/hr/start", "year=2088");

        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(hege.get("/").body()).contains("Årshjulet for 2088 er startet").contains("Fastsett kalenderen for årshjulet 2088");
        assertThat(hege.get("/hr?year=2088").body()).doesNotContain("Start årshjulet for 2088");
    }

    @Test
    void aLeaderCannotStartTheYear() throws Exception {
        LoggedInSession lars = LoggedInSession.logIn(port, "lars", "demo");

        assertThat(lars.get("/hr?year=2089").statusCode()).isEqualTo(403);
        assertThat(lars.submit("/", "/hr/start", "year=2089").statusCode()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("2089").count()).isZero();
    }
}
