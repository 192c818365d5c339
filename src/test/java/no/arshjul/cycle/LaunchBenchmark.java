package no.arshjul.cycle;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.arshjul.ArshjulApplication;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.support.GeneratedMunicipality;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the year's launch on PostgreSQL: Årshjul's batched launch (one launch-batch instance and
 * job per batch, run by the job executor) against a naive loop (one transaction per employee), for the demo
 * municipality or a generated one. Prints its figures; not a test.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=no.arshjul.cycle.LaunchBenchmark -Dbenchmark.employees=10000</pre>
 * Without the property it uses the demo municipality (136 people). (Not exec.args: the npm build uses the exec plugin too.)
 */
public final class LaunchBenchmark {

    private LaunchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("benchmark.employees", args.length > 0 ? Integer.parseInt(args[0]) : 0);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            Path dir = Files.createTempDirectory("arshjul-benchmark");
            List<String> arguments = new java.util.ArrayList<>(List.of(
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--server.port=0",
                    "--camunda.bpm.job-execution.enabled=true", "--logging.level.root=warn"));
            String profiles = "demo";
            if (size > 0) {
                new GeneratedMunicipality(size, 50).writeBootstrapFiles(dir);
                profiles = "postgres";
                arguments.addAll(List.of("--arshjul.bootstrap.units-file=" + dir.resolve("enheter.csv"),
                        "--arshjul.bootstrap.employees-file=" + dir.resolve("ansatte.csv"),
                        "--arshjul.bootstrap.roles-file=" + dir.resolve("roller.csv"),
                        "--arshjul.bootstrap.initial-password=benchmark"));
            }
            long bootStart = System.nanoTime();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ArshjulApplication.class)
                    .profiles(profiles).run(arguments.toArray(String[]::new))) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                int active = jdbc.queryForObject("select count(*) from employee where active", Integer.class);
                System.out.printf("%nÅrshjul launch benchmark%n");
                System.out.printf("  database      %s%n", jdbc.queryForObject("select version()", String.class).split(",")[0]);
                System.out.printf("  employees     %d active (%s)%n", active, size > 0 ? "generated" : "demo municipality");
                System.out.printf("  start-up      %.1f s (schema, organisation, models)%n", seconds(bootStart));
                System.out.printf("  JVM           %s, max heap %d MiB, %d cores%n", System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
                System.out.printf("  history level %s%n", app.getEnvironment().getProperty("camunda.bpm.history-level"));

                long batched = batchedLaunch(app, 2027, active);
                long naive = naiveLaunch(app, 2028);
                int instances = jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null "
                        + "and business_key_ like '2027:%'", Integer.class);
                System.out.printf("  batched       %d process instances in %.1f s = %.0f instances/s (batch size %s, %s job threads)%n",
                        instances, batched / 1e9, instances / (batched / 1e9),
                        app.getEnvironment().getProperty("arshjul.launch.batch-size"),
                        app.getEnvironment().getProperty("camunda.bpm.job-execution.core-pool-size"));
                System.out.printf("  naive loop    %d process instances in %.1f s = %.0f instances/s (one transaction per employee)%n",
                        instances, naive / 1e9, instances / (naive / 1e9));
                System.out.printf("  heap used     %d MiB after both launches%n%n",
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        }
    }

    /** Årshjul's way: HR starts the year, sets the calendar, the job executor runs the batches. */
    private static long batchedLaunch(ConfigurableApplicationContext app, int year, int active) throws InterruptedException {
        IdentityService identity = app.getBean(IdentityService.class);
        identity.setAuthentication("hege", List.of("hr", "employee"));
        long start = System.nanoTime();
        try {
            app.getBean(CycleService.class).start(YearCalendar.defaultsFor(year), "hege");
            TaskService tasks = app.getBean(TaskService.class);
            String calendar = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(year)).singleResult().getId();
            tasks.complete(calendar, YearCalendar.defaultsFor(year).formValues());
        } finally {
            identity.clearAuthentication();
        }
        CycleLaunchService launch = app.getBean(CycleLaunchService.class);
        // the annual cycle summarises the launch (status RUNNING) once every launch batch has finished
        while (launch.progress(year).status() != CycleStatus.RUNNING) {
            Thread.sleep(200);
        }
        return System.nanoTime() - start;
    }

    /** The anchor to compare with: one start after the other, each in its own transaction. */
    private static long naiveLaunch(ConfigurableApplicationContext app, int year) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        CompetenceMappingService mappings = app.getBean(CompetenceMappingService.class);
        AppraisalService talks = app.getBean(AppraisalService.class);
        List<String> users = jdbc.queryForList("select e.user_id from launch_item i join employee e on e.id = i.employee_id "
                + "where i.cycle_year = 2027 and i.status = 'DONE'", String.class);
        YearCalendar calendar = YearCalendar.defaultsFor(year);
        long start = System.nanoTime();
        for (String user : users) {
            transactions.executeWithoutResult(s -> mappings.start(user, calendar.mappingDeadlines()));
            transactions.executeWithoutResult(s -> talks.start(user, calendar.talkDeadlines()));
        }
        return System.nanoTime() - start;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
