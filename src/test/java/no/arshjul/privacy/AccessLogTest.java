package no.arshjul.privacy;

import no.arshjul.AccessLog;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log (issue 11, item 4): a leader's reads of an employee's data are recorded in the
 * read's transaction and shown to the employee; one's own reads are not; only the data protection
 * officer (demo: elias.sandvik) searches the log. Each test works in its own year, and finds its
 * entries by the year in the recorded path.
 */
@ArshjulTest
@Import(AccessLogTest.RenderFailure.class)
class AccessLogTest {

    static int nextYear = 2400;

    /**
     * Fails the page after the controller has read the data and before the view is rendered, when
     * the request asks for it: a stand-in for a template that breaks.
     */
    @TestConfiguration
    static class RenderFailure implements WebMvcConfigurer {
        static final String HEADER = "X-Test-Fail-Render";

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                       ModelAndView modelAndView) {
                    if (request.getHeader(HEADER) != null && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST
                            && modelAndView != null) {
                        throw new IllegalStateException("The page broke while rendering");
                    }
                }
            });
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccessLogService accessLog;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    int year;

    @BeforeEach
    void ownYear() {
        year = nextYear++;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void larsReadingKarisAppraisalAndCaseIsShownToKariOnMinSide() {
        TestRestTemplate lars = http.withBasicAuth("lars", "demo");
        assertThat(lars.getForEntity("/api/appraisals/" + year + "/kari", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lars.getForEntity("/sak/kari?year=" + year, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<AccessLog.Entry> mine = entriesAbout("kari");
        assertThat(mine).extracting(AccessLog.Entry::actorUserId, AccessLog.Entry::what, AccessLog.Entry::path)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("lars", AccessLog.What.APPRAISAL, "/api/appraisals/" + year + "/kari"),
                        org.assertj.core.groups.Tuple.tuple("lars", AccessLog.What.APPRAISAL, "/sak/kari?year=" + year),
                        org.assertj.core.groups.Tuple.tuple("lars", AccessLog.What.COMPETENCE_PROFILE, "/sak/kari?year=" + year));

        String minSide = http.withBasicAuth("kari", "demo").getForObject("/min-side", String.class);
        assertThat(minSide).contains("Hvem har sett opplysningene mine", "Lars Berg", "/sak/kari?year=" + year,
                "/api/appraisals/" + year + "/kari", "Kompetanseprofilen");
        String larsOwnPage = http.withBasicAuth("lars", "demo").getForObject("/min-side", String.class);
        assertThat(larsOwnPage).as("kari's log is hers").doesNotContain("/sak/kari?year=" + year);
    }

    @Test
    void kariReadingHerOwnRecordsNothing() {
        TestRestTemplate kari = http.withBasicAuth("kari", "demo");
        assertThat(kari.getForEntity("/api/appraisals/" + year + "/kari", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kari.getForEntity("/min-side?year=" + year, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kari.getForEntity("/api/competence/profiles/kari?year=" + year, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(entriesAbout("kari")).isEmpty();
        assertThat(accessLog.search("kari", "kari", null, null)).isEmpty();
    }

    @Test
    void aRefusedReadRecordsNothing() {
        assertThat(http.withBasicAuth("per", "demo").getForEntity("/api/appraisals/" + year + "/kari", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(accessLog.search("kari", "per", null, null)).isEmpty();
    }

    @Test
    void theEntryIsThereEvenWhenThePageFailsToRenderAfterTheRead() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(RenderFailure.HEADER, "yes");
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> broken = http.withBasicAuth("lars", "demo").exchange("/sak/kari?year=" + year,
                HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        // The services committed the read and its record when they returned; the page came after.
        assertThat(entriesAbout("kari")).extracting(AccessLog.Entry::what)
                .containsExactlyInAnyOrder(AccessLog.What.APPRAISAL, AccessLog.What.COMPETENCE_PROFILE);
    }

    @Test
    void theLeadersTaskPageWithTheEmployeesAnswersIsRecorded() {
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start("kari", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        Task karisTask = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        Engine.as(identityService, "kari", List.of("employee"),
                () -> taskService.complete(karisTask.getId(), ValidSubmission.of("appraisal-prep-employee")));
        Task larsTask = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(larsTask.getAssignee()).isEqualTo("lars");

        String page = http.withBasicAuth("lars", "demo").getForObject("/oppgaver/" + larsTask.getId(), String.class);

        assertThat(page).contains("employee-answers");
        assertThat(accessLog.search("kari", "lars", null, null)).extracting(AccessLog.Entry::path, AccessLog.Entry::what)
                .contains(org.assertj.core.groups.Tuple.tuple("/oppgaver/" + larsTask.getId(), AccessLog.What.APPRAISAL),
                        org.assertj.core.groups.Tuple.tuple("/oppgaver/" + larsTask.getId(), AccessLog.What.COMPETENCE_PROFILE));
    }

    @Test
    void theLeadersExcelExportRecordsEveryoneInIt() {
        ResponseEntity<byte[]> file = http.withBasicAuth("lars", "demo")
                .getForEntity("/api/leader/overview.xlsx?year=" + year, byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);

        List<String> exported = accessLog.search(null, "lars", null, null).stream()
                .filter(e -> ("/api/leader/overview.xlsx?year=" + year).equals(e.path()))
                .map(AccessLog.Entry::subjectUserId).toList();
        assertThat(exported).contains("kari", "per", "anne").doesNotContain("lars", "eva").doesNotHaveDuplicates();
        assertThat(entriesAbout("kari")).extracting(AccessLog.Entry::what).containsExactly(AccessLog.What.LEADER_EXPORT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheDataProtectionOfficerSearchesTheLog() {
        http.withBasicAuth("lars", "demo").getForEntity("/sak/kari?year=" + year, String.class);

        for (String user : List.of("hege", "lars", "kari", "rita")) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/privacy/access-log?subject=kari", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/personvern?subject=kari", String.class)
                    .getStatusCode()).as(user + " on the page").isEqualTo(HttpStatus.FORBIDDEN);
        }

        TestRestTemplate officer = http.withBasicAuth("elias.sandvik", "demo");
        List<Map<String, Object>> found = officer.getForObject(
                "/api/privacy/access-log?subject=kari&actor=lars&from=2000-01-01&to=2999-12-31", List.class);
        assertThat(found).anySatisfy(e -> {
            assertThat(e.get("path")).isEqualTo("/sak/kari?year=" + year);
            assertThat(e.get("actorUserId")).isEqualTo("lars");
            assertThat(e.get("what")).isEqualTo("APPRAISAL");
        });
        assertThat(found).allSatisfy(e -> assertThat(e.get("subjectUserId")).isEqualTo("kari"));
        assertThat(officer.getForObject("/api/privacy/access-log?subject=kari&to=1999-12-31", List.class)).isEmpty();
        assertThat(officer.getForObject("/personvern?subject=kari&actor=lars", String.class))
                .contains("/sak/kari?year=" + year, "Lars Berg");
    }

    @Test
    void changesOfRolesAndUnitsGoInTheSameLog() {
        accessLog.recordOrganisationChange("hege", "kari", AccessLog.What.ROLE_CHANGE, "kompetanseforum added " + year);
        accessLog.recordOrganisationChange("hege", null, AccessLog.What.UNIT_CHANGE, "HO-SYKEHJEM renamed " + year);

        assertThat(accessLog.search(null, "hege", null, null)).extracting(AccessLog.Entry::what, AccessLog.Entry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AccessLog.What.ROLE_CHANGE, "kompetanseforum added " + year),
                        org.assertj.core.groups.Tuple.tuple(AccessLog.What.UNIT_CHANGE, "HO-SYKEHJEM renamed " + year));
        assertThat(accessLog.readsOf("kari")).extracting(AccessLog.Entry::detail).contains("kompetanseforum added " + year);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accessLog.recordOrganisationChange("hege", "kari",
                AccessLog.What.APPRAISAL, "not a change")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadOutsideATransactionIsRefusedRatherThanRecordedApart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accessLog.recordRead("lars", "kari", AccessLog.What.APPRAISAL))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void aBadSearchIsRefusedNamingTheField() {
        ResponseEntity<Map> badDate = http.withBasicAuth("elias.sandvik", "demo")
                .getForEntity("/api/privacy/access-log?from=1.2.2026", Map.class);
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().get("detail").toString()).contains("from");

        ResponseEntity<Map> reversed = http.withBasicAuth("elias.sandvik", "demo")
                .getForEntity("/api/privacy/access-log?from=2026-02-01&to=2026-01-01", Map.class);
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reversed.getBody().get("errors").toString()).contains("to");
    }

    /** This test's entries about a person: those whose path names this test's year. */
    private List<AccessLog.Entry> entriesAbout(String userId) {
        return accessLog.readsOf(userId).stream()
                .filter(e -> e.path() != null && e.path().contains(String.valueOf(year))).toList();
    }
}
