package no.arshjul;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.GeneratedMunicipality;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of Årshjul on one PostgreSQL, as in production behind a load balancer: two application
 * contexts with their own web server and job executor, each engine with its own host name, so the
 * engine's job log says which node ran a job. Both run one year's launch together, every timer
 * fires once, every notice is mailed once (one SMTP server for both), and a log-in on one node is a
 * log-in on the other.
 */
class TwoNodesOnPostgresTest {

    static final int PEOPLE = 80;
    static final int YEAR = 2027;
    static final String PASSWORD = "to-noder-start";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

    static EmbeddedPostgres postgres;
    static GreenMail smtp;
    static Node node1;
    static Node node2;

    record Node(String name, ConfigurableApplicationContext app, int port) {

        <T> T bean(Class<T> type) {
            return app.getBean(type);
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    /*
     * Camunda's webapps find their engine through static delegates, one per JVM; closing a node sets them
     * to null, which would break Cockpit and Tasklist for the application contexts other test classes
     * keep open in this JVM. They are put back when the nodes are gone.
     */
    static CockpitRuntimeDelegate cockpit;
    static AdminRuntimeDelegate admin;
    static TasklistRuntimeDelegate tasklist;
    static WelcomeRuntimeDelegate welcome;

    @BeforeAll
    static void startTwoNodesOnOneDatabase(@TempDir Path files) throws Exception {
        cockpit = Cockpit.getRuntimeDelegate();
        admin = Admin.getRuntimeDelegate();
        tasklist = Tasklist.getRuntimeDelegate();
        welcome = Welcome.getRuntimeDelegate();
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        new GeneratedMunicipality(PEOPLE, 20).writeBootstrapFiles(files);
        // One after the other, as a rolling start would: the first creates Camunda's schema.
        node1 = start("node-1", files);
        node2 = start("node-2", files);
        // HR has changed the bootstrap's initial password (InitialPasswordChangeTest walks that step).
        node1.bean(JdbcTemplate.class).update("update user_credential set must_change = false where user_id = ?",
                GeneratedMunicipality.HR_USER);
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node node : new Node[] {node2, node1}) {
            if (node != null) {
                node.app().close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        Cockpit.setCockpitRuntimeDelegate(cockpit);
        Admin.setAdminRuntimeDelegate(admin);
        Tasklist.setTasklistRuntimeDelegate(tasklist);
        Welcome.setRuntimeDelegate(welcome);
    }

    /** A node as production starts it (profile postgres, same bootstrap files), with its own port and host name. */
    static Node start(String name, Path files) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ArshjulApplication.class)
                .profiles("postgres")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        // the job log (ACT_HI_JOB_LOG) is written at history level full
                        "--camunda.bpm.history-level=full",
                        "--camunda.bpm.job-execution.enabled=true",
                        // both nodes look for jobs often and take one at a time, so the work spreads in a short test
                        "--camunda.bpm.job-execution.wait-time-in-millis=100",
                        "--camunda.bpm.job-execution.max-wait=500",
                        "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
                        // The launch's batch jobs are exclusive jobs of the year's instance, one at a time, and the
                        // node that ends one looks again at once, so it takes most of the next: many small
                        // batches make "both nodes ran some" certain, not likely.
                        "--arshjul.launch.batch-size=1",
                        // one mail server for both nodes, whose mailers look for waiting notices often
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--arshjul.mail.poll-interval=PT0.2S",
                        "--arshjul.bootstrap.units-file=" + files.resolve("enheter.csv"),
                        "--arshjul.bootstrap.employees-file=" + files.resolve("ansatte.csv"),
                        "--arshjul.bootstrap.roles-file=" + files.resolve("roller.csv"),
                        "--arshjul.bootstrap.initial-password=" + PASSWORD,
                        "--spring.main.banner-mode=off");
        return new Node(name, app, ((ServletWebServerApplicationContext) app).getWebServer().getPort());
    }

    @Test
    void bothNodesRunOneYearsLaunchAndEveryEmployeeGetsOneMappingAndOneTalk() throws Exception {
        // the day the mapping opens (both nodes share the engine's clock): the launch waits for it
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.LocalDateTime.of(YEAR, 1, 15, 9, 0).atZone(no.arshjul.EngineClock.OSLO).toInstant()));
        try {
            launchOnBothNodes();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private void launchOnBothNodes() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(client.send(asHr(node1, "/api/cycles", Map.of("year", YEAR)), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("HR starts the year on node 1").isEqualTo(201);
        String calendar = node2.bean(TaskService.class).createTaskQuery().processInstanceBusinessKey(String.valueOf(YEAR))
                .taskDefinitionKey("set-calendar").singleResult().getId();
        HttpResponse<String> set = client.send(asHr(node2, "/api/tasks/" + calendar + "/complete",
                YearCalendar.defaultsFor(YEAR).formValues()), HttpResponse.BodyHandlers.ofString());
        assertThat(set.statusCode()).as("and sets the calendar on node 2: " + set.body()).isBetween(200, 299);

        JdbcTemplate jdbc = node1.bean(JdbcTemplate.class);
        awaitUntil(Duration.ofSeconds(150), "the year is running (the launch has ended)", () -> "RUNNING".equals(
                jdbc.queryForObject("select status from annual_cycle where cycle_year = ?", String.class, YEAR)));

        // every employee but the rådmann (no leader) has exactly one mapping and one talk
        int expected = PEOPLE - 1;
        RuntimeService runtime = node2.bean(RuntimeService.class);
        for (String key : List.of("competence-mapping", "appraisal-talk")) {
            List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionKey(key)
                    .processInstanceBusinessKeyLike(YEAR + ":%").list();
            assertThat(instances).as(key).hasSize(expected);
            assertThat(instances.stream().map(ProcessInstance::getBusinessKey).distinct()).as(key).hasSize(expected);
        }
        assertThat(jdbc.queryForObject("select count(distinct employee_id) from competence_mapping where mapping_year = ?",
                Integer.class, YEAR)).isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(distinct employee_id) from appraisal_talk where talk_year = ?",
                Integer.class, YEAR)).isEqualTo(expected);
        assertThat(jdbc.queryForList("select status, count(*) as n from launch_item where cycle_year = ? group by status",
                YEAR)).extracting(row -> row.get("status") + "=" + row.get("n"))
                .containsExactlyInAnyOrder("DONE=" + expected, "FAILED=1");

        // the launch's jobs ran on both nodes: every job so far but the timer test's, whatever shape the launch gives them
        HistoryService history = node1.bean(HistoryService.class);
        List<HistoricJobLog> ran = history.createHistoricJobLogQuery().successLog().list().stream()
                .filter(job -> !"two-node-timer".equals(job.getProcessDefinitionKey())).toList();
        Map<String, Long> byNode = ran.stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
        System.out.printf("Launch: %d jobs by node %s%n", ran.size(), byNode);
        assertThat(byNode).containsOnlyKeys("node-1", "node-2");
        assertThat(history.createHistoricJobLogQuery().failureLog().list())
                .filteredOn(job -> !"two-node-timer".equals(job.getProcessDefinitionKey()))
                .as("no job failed, none was retried").isEmpty();

        // both nodes' mailers work through the same notices: every one is mailed, and once
        awaitUntil(Duration.ofSeconds(60), "every notice of the year is mailed", () -> jdbc.queryForObject(
                "select count(*) from notification where sent_at is null", Integer.class) == 0);
        List<String> mailed = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            mailed.add(mail.getAllRecipients()[0] + " " + mail.getSubject());
        }
        int notices = jdbc.queryForObject("select count(*) from notification", Integer.class);
        assertThat(notices).as("each person's mapping task, and HR's").isGreaterThan(expected);
        assertThat(mailed).hasSize(notices).doesNotHaveDuplicates();
    }

    @Test
    void aTimerFiresOnceWithTwoJobExecutorsWatchingIt() {
        int instances = 20;
        BpmnModelInstance model = Bpmn.createExecutableProcess("two-node-timer").camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent("wait").timerWithDuration("PT2S").endEvent().done();
        node1.bean(RepositoryService.class).createDeployment().name("two-node-test")
                .addModelInstance("two-node-timer.bpmn", model).deploy();
        for (int i = 0; i < instances; i++) {
            (i % 2 == 0 ? node1 : node2).bean(RuntimeService.class).startProcessInstanceByKey("two-node-timer", "timer-" + i);
        }

        RuntimeService runtime = node1.bean(RuntimeService.class);
        awaitUntil(Duration.ofSeconds(60), "every timer has fired", () ->
                runtime.createProcessInstanceQuery().processDefinitionKey("two-node-timer").count() == 0);

        HistoryService history = node2.bean(HistoryService.class);
        List<HistoricJobLog> fired = history.createHistoricJobLogQuery().processDefinitionKey("two-node-timer")
                .successLog().list();
        Map<String, Long> perInstance = fired.stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getProcessInstanceId, Collectors.counting()));
        System.out.printf("Timers: %d fired, by node %s%n", fired.size(), fired.stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting())));
        assertThat(perInstance).hasSize(instances).allSatisfy((instance, times) -> assertThat(times).isEqualTo(1));
        String definition = node2.bean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey("two-node-timer").singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processDefinitionId(definition).activityId("wait")
                .finished().count()).isEqualTo(instances);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("two-node-timer").completed().count())
                .isEqualTo(instances);
    }

    @Test
    void aLogInOnOneNodeIsALogInOnTheOther() throws Exception {
        // One browser in front of a load balancer without sticky sessions: the cookie goes to whichever node answers.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(browser.send(get(node2, "/api/tasks"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("not logged in").isEqualTo(401);

        HttpResponse<String> loggedIn = browser.send(form(node1, "/login", "username=" + GeneratedMunicipality.HR_USER
                + "&password=" + PASSWORD + "&_csrf=" + csrf(browser, node1, "/login")), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.headers().firstValue("Location")).as("logged in on node 1")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));

        HttpResponse<String> tasks = browser.send(get(node2, "/api/tasks"), HttpResponse.BodyHandlers.ofString());
        assertThat(tasks.statusCode()).as("node 2 knows the session").isEqualTo(200);
        assertThat(tasks.body()).startsWith("[");
        HttpResponse<String> page = browser.send(get(node2, "/"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("a page, not the log-in form").isEqualTo(200);

        // logging out on node 2 ends the session on node 1 too (with the CSRF token node 1 stored in it)
        browser.send(form(node2, "/logout", "_csrf=" + csrf(page.body())), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.send(get(node1, "/api/tasks"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    private static HttpRequest get(Node node, String path) {
        return HttpRequest.newBuilder(node.uri(path)).build();
    }

    private static HttpRequest form(Node node, String path, String body) {
        return HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest asHr(Node node, String path, Object json) throws Exception {
        String credentials = GeneratedMunicipality.HR_USER + ":" + PASSWORD;
        return HttpRequest.newBuilder(node.uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(json))).build();
    }

    private static String csrf(HttpClient browser, Node node, String path) throws Exception {
        return csrf(browser.send(get(node, path), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(m.group(1) != null ? m.group(1) : m.group(2), StandardCharsets.UTF_8);
    }

    private static void awaitUntil(Duration limit, String what, BooleanSupplier done) {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
        }
    }
}
