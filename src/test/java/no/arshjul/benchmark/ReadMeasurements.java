package no.arshjul.benchmark;

import no.arshjul.security.CredentialService;
import no.arshjul.support.EngineQueries;
import no.arshjul.support.GeneratedMunicipality;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The read figures of {@link ScaleBenchmark}: the inbox, the engine's REST task list, the leader's
 * overview, HR's progress and the gap analysis, each over HTTP as its users call it, on a year HR
 * has started through the application (the dashboard's API and the calendar task), so the tasks
 * are the ones a real launch leaves. Pages and their API calls run in a logged-in session (a
 * browser's cookie); /engine-rest is stateless, so each of its calls checks the password too, and
 * the engine's own share of that figure is given beside it.
 */
final class ReadMeasurements {

    /** How many different people take part in a figure (the 50 users). */
    static final int USERS = 50;
    /** Rounds per user after the warm-up; more (-Dbenchmark.rounds) make a steadier p95 for comparing two builds. */
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 4);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private static Integer launchedYear;

    private ReadMeasurements() {
    }

    static String inbox(ScaleBenchmark.Run run) throws Exception {
        int year = launchedYear(run);
        List<String> users = run.jdbc().queryForList("select assignee_ from act_ru_task where assignee_ like 'ansatt%' "
                + "group by assignee_ order by assignee_ limit " + USERS, String.class);
        List<Double> times = timeInSessions(run, users, "/api/tasks");
        long open = run.jdbc().queryForObject("select count(*) from act_ru_task", Long.class);
        return String.format("%s (%d users x %d, %,d open tasks, year %d; %s)", p50p95(times), users.size(), ROUNDS, open,
                year, load());
    }

    static String engineRestTasks(ScaleBenchmark.Run run) throws Exception {
        launchedYear(run);
        List<String> users = run.jdbc().queryForList("select assignee_ from act_ru_task where assignee_ like 'ansatt%' "
                + "group by assignee_ order by assignee_ desc limit " + USERS, String.class);
        givePasswords(run, users);
        List<Double> http = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        for (int round = 0; round <= ROUNDS; round++) {
            for (String user : users) {
                HttpRequest request = HttpRequest.newBuilder(uri(run, "/engine-rest/task?assignee=" + user))
                        .header("Authorization", basic(user)).GET().build();
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - start) / 1e6;
                ok(response, "/engine-rest/task as " + user);
                if (round > 0) {
                    http.add(ms);
                }
            }
        }
        // The same query in the engine as the same person, without HTTP and the password check.
        TaskService tasks = run.app().getBean(TaskService.class);
        IdentityService identity = run.app().getBean(IdentityService.class);
        List<Double> engine = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            for (String user : users) {
                identity.setAuthentication(user, List.of("employee"));
                try {
                    long start = System.nanoTime();
                    tasks.createTaskQuery().taskAssignee(user).list();
                    if (round > 0) {
                        engine.add((System.nanoTime() - start) / 1e6);
                    }
                } finally {
                    identity.clearAuthentication();
                }
            }
        }
        return String.format("p95 %.0f ms over HTTP with Basic (bcrypt once per user and five minutes, VerifiedPasswords); the engine's query alone p95 %.1f ms (%s)",
                percentile(http, 95), percentile(engine, 95), load());
    }

    static String leaderOverview(ScaleBenchmark.Run run) throws Exception {
        int year = launchedYear(run);
        List<String> leaders = run.jdbc().queryForList("select e.user_id from employee e where e.user_id like 'leder%' "
                + "order by e.id limit " + USERS, String.class);
        int people = run.jdbc().queryForObject("select count(*) from employee e join org_unit u on u.id = e.unit_id "
                + "where u.code = 'U1' and e.active", Integer.class) - 1;
        List<Double> times = timeInSessions(run, leaders, "/api/leader/overview?year=" + year);
        return String.format("%s (%d leaders x %d, units of %d people; %s)", p50p95(times), leaders.size(), ROUNDS, people,
                load());
    }

    static String hrProgress(ScaleBenchmark.Run run) throws Exception {
        int year = launchedYear(run);
        List<Double> times = timeInSessions(run, Collections.nCopies(10, GeneratedMunicipality.HR_USER),
                "/api/hr/progress?year=" + year);
        List<Double> sector = timeInSessions(run, Collections.nCopies(10, GeneratedMunicipality.HR_USER),
                "/api/hr/progress?year=" + year + "&sektor=S1");
        return String.format("all sectors %s; one sector %s (10 x %d; %s)", p50p95(times), p50p95(sector), ROUNDS, load());
    }

    static String gapAnalysis(ScaleBenchmark.Run run) throws Exception {
        int year = launchedYear(run);
        List<Double> times = timeInSessions(run, Collections.nCopies(5, GeneratedMunicipality.HR_USER),
                "/api/planning/" + (year + 1) + "/gap-analysis");
        return String.format("p95 %.0f ms, max %.0f ms (5 x %d; %s)", percentile(times, 95),
                times.stream().mapToDouble(Double::doubleValue).max().orElse(0), ROUNDS, load());
    }

    /**
     * With -Dbenchmark.explain=true: PostgreSQL's plans, with timings, of the inbox's task query as
     * Camunda sends it for an employee (authorization check included), of its variable query and of
     * the job executor's search for due jobs, on the benchmark's data: shows which indexes the planner takes.
     */
    static void explain(ScaleBenchmark.Run run) {
        if (!Boolean.getBoolean("benchmark.explain")) {
            return;
        }
        String user = run.jdbc().queryForObject("select min(assignee_) from act_ru_task where assignee_ like 'ansatt%'", String.class);
        String tasks = "select distinct RES.* from ACT_RU_TASK RES left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ "
                + "inner join (select A.* from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2 "
                + "and (A.USER_ID_ in ('" + user + "', '*') or A.GROUP_ID_ in ('employee')) "
                + "and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2) or (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64))) AUTH "
                + "on (AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')) "
                + "where RES.ASSIGNEE_ = '" + user + "' and AUTH.RESOURCE_ID_ is not null and RES.TENANT_ID_ is null "
                + "order by RES.ID_ asc limit 2147483647 offset 0";
        List<String> instances = run.jdbc().queryForList("select proc_inst_id_ from act_ru_task where assignee_ = ?",
                String.class, user);
        String variables = "select RES.* from ACT_RU_VARIABLE RES where RES.NAME_ in ('employeeUserId', 'year') "
                + "and RES.PROC_INST_ID_ in (" + instances.stream().map(i -> "'" + i + "'").collect(Collectors.joining(",")) + ")";
        for (String sql : List.of(tasks, variables, EngineQueries.JOB_ACQUISITION)) {
            System.out.println("EXPLAIN ANALYZE " + sql);
            run.jdbc().queryForList("explain analyze " + sql, String.class).forEach(line -> System.out.println("    " + line));
        }
        System.out.println("Jobs by kind (handler, due, retries left, locked, suspended):");
        run.jdbc().query("select handler_type_, case when duedate_ is null then 'now' when duedate_ <= now() then 'due' "
                + "else 'later' end, retries_ > 0, lock_owner_ is not null, suspension_state_ <> 1, count(*) "
                + "from act_ru_job group by 1, 2, 3, 4, 5 order by 6 desc", rs -> {
            System.out.printf("    %-28s %-6s %-6s %-6s %-6s %8d%n", rs.getString(1), rs.getString(2), rs.getBoolean(3),
                    rs.getBoolean(4), rs.getBoolean(5), rs.getLong(6));
        });
    }

    /**
     * The year whose tasks the figures read: one already launched in this run, or next year started
     * now as HR does it: POST /api/cycles, the calendar task completed through the inbox's API, then
     * the job executor's launch waited for.
     */
    static synchronized int launchedYear(ScaleBenchmark.Run run) throws Exception {
        if (launchedYear != null) {
            return launchedYear;
        }
        Integer done = run.jdbc().queryForObject("select max(cycle_year) from launch_item where status = 'DONE'", Integer.class);
        if (done != null) {
            launchedYear = done;
            return done;
        }
        int year = LocalDate.now().getYear();
        HttpClient client = HttpClient.newHttpClient();
        String hr = basic(GeneratedMunicipality.HR_USER);
        long start = System.nanoTime();
        ok(client.send(HttpRequest.newBuilder(uri(run, "/api/cycles")).header("Authorization", hr)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"year\":" + year + ",\"startNow\":true}")).build(),
                HttpResponse.BodyHandlers.ofString()), "POST /api/cycles");
        String calendarTask = run.jdbc().queryForObject("select t.id_ from act_ru_task t join act_ru_execution p "
                + "on p.id_ = t.proc_inst_id_ where p.business_key_ = ?", String.class, String.valueOf(year));
        ok(client.send(HttpRequest.newBuilder(uri(run, "/api/tasks/" + calendarTask + "/complete"))
                .header("Authorization", hr).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(YearLaunch.openingToday(year).formValues()))).build(),
                HttpResponse.BodyHandlers.ofString()), "the calendar");
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (true) {
            String progress = client.send(HttpRequest.newBuilder(uri(run, "/api/cycles/" + year)).header("Authorization", hr)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher pending = Pattern.compile("\"pending\":(\\d+)").matcher(progress);
            Matcher launched = Pattern.compile("\"launched\":(\\d+)").matcher(progress);
            if (pending.find() && launched.find() && Long.parseLong(pending.group(1)) == 0
                    && Long.parseLong(launched.group(1)) > 0) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The launch of " + year + " did not finish: " + progress);
            }
            Thread.sleep(1000);
        }
        System.err.printf("(read figures: year %d started and launched by HR over HTTP in %.0f s)%n", year,
                (System.nanoTime() - start) / 1e9);
        launchedYear = year;
        return year;
    }

    /** Each user logs in once (the form, as a browser does), then calls {@code path} with the session, ROUNDS times after one warm-up. */
    private static List<Double> timeInSessions(ScaleBenchmark.Run run, List<String> users, String path) throws Exception {
        givePasswords(run, users);
        List<HttpClient> sessions = new ArrayList<>();
        for (String user : users) {
            sessions.add(logIn(run, user));
        }
        List<Double> times = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            for (int i = 0; i < users.size(); i++) {
                HttpRequest request = HttpRequest.newBuilder(uri(run, path)).header("Accept", "application/json").GET().build();
                long start = System.nanoTime();
                HttpResponse<String> response = sessions.get(i).send(request, HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - start) / 1e6;
                ok(response, path + " as " + users.get(i));
                if (round > 0) {
                    times.add(ms);
                }
            }
        }
        return times;
    }

    /** Set-up, not measured: only HR has a password after the bootstrap; the others get the same one. */
    private static void givePasswords(ScaleBenchmark.Run run, List<String> users) {
        run.app().getBean(CredentialService.class).giveInitialPassword(ScaleBenchmark.HR_PASSWORD,
                users.stream().distinct().toList());
    }

    private static HttpClient logIn(ScaleBenchmark.Run run, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(uri(run, "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the log-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String form = "username=" + enc(user) + "&password=" + enc(ScaleBenchmark.HR_PASSWORD) + "&_csrf=" + enc(token);
        HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(uri(run, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = loggedIn.headers().firstValue("Location").orElse("");
        if (loggedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Log-in refused for " + user + ": " + loggedIn.statusCode() + " " + location);
        }
        return client;
    }

    private static String json(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\":"
                        + (e.getValue() instanceof Number ? e.getValue().toString() : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static void ok(HttpResponse<String> response, String what) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** The machine's load while measuring: on a shared machine it says how much the wall times are worth. */
    private static String load() {
        return String.format("load average %.0f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String p50p95(List<Double> times) {
        return String.format("p50 %.0f ms, p95 %.0f ms", percentile(times, 50), percentile(times, 95));
    }

    static double percentile(List<Double> times, int percent) {
        List<Double> sorted = times.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static URI uri(ScaleBenchmark.Run run, String path) {
        return URI.create("http://localhost:" + run.port() + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ScaleBenchmark.HR_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
