package no.arshjul.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.arshjul.ArshjulApplication;
import no.arshjul.support.GeneratedMunicipality;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * How Årshjul holds up in a large municipality, on embedded PostgreSQL with the production
 * ('postgres') profile: a generated municipality of N people in N/100 units is loaded by the
 * start-up bootstrap, then HR imports the next payroll export over HTTP. Prints one table (Markdown,
 * for the README's Performance section). Not a test: it asserts nothing and takes minutes.
 *
 * <pre>MAVEN_OPTS=-Xmx1g mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=no.arshjul.benchmark.ScaleBenchmark -Dbenchmark.size=10000</pre>
 *
 * Each row of the table is a {@link Measurement} in {@link #MEASUREMENTS}; a figure nobody measures
 * yet is a {@link #notMeasuredYet} row, so the table shows what is still missing instead of hiding it.
 * To add a figure, replace its placeholder with a measurement that uses the running application.
 */
public final class ScaleBenchmark {

    /** One row of the table: a figure taken from the running application. */
    public interface Measurement {
        String name();

        String measure(Run run) throws Exception;
    }

    /** What a measurement can use: the started application, its port and the municipality it holds. */
    public record Run(ConfigurableApplicationContext app, int port, GeneratedMunicipality municipality,
                      double startupSeconds, Timing bootstrap) {

        public JdbcTemplate jdbc() {
            return app.getBean(JdbcTemplate.class);
        }
    }

    static final String HR_PASSWORD = "benchmark";

    static final List<Measurement> MEASUREMENTS = List.of(
            measurement("Start-up, total (schema, organisation, models)", run -> String.format("%.1f s", run.startupSeconds())),
            measurement("Start-up bootstrap: units, people, roles, initial passwords", run -> run.bootstrap().toString()),
            measurement("API import: the same file with 10 % retitled and 1 % hired (HTTP, HR)", ScaleBenchmark::apiImport),
            measurement("Heap used after GC", run -> heapAfterGc()),
            measurement("Year launch: every employee's mapping and talk, launch batches vs naive loop (same run)", YearLaunch::measure),
            measurement("Inbox (my tasks) p50 / p95", ReadMeasurements::inbox),
            measurement("engine-rest task query p95", ReadMeasurements::engineRestTasks),
            measurement("Leader overview p95", ReadMeasurements::leaderOverview),
            measurement("HR progress p95", ReadMeasurements::hrProgress),
            measurement("Gap analysis", ReadMeasurements::gapAnalysis));

    private ScaleBenchmark() {
    }

    /** Each {@code name=value} of the comma-separated system property, to {@code setting}. */
    private static void eachSetting(String property, BiConsumer<String, String> setting) {
        for (String pair : System.getProperty(property, "").split(",")) {
            if (pair.contains("=")) {
                setting.accept(pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1).strip());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("benchmark.size", 10_000);
        GeneratedMunicipality municipality = new GeneratedMunicipality(size, 100);
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        // -Dbenchmark.postgres=shared_buffers=1GB,work_mem=16MB: the server tuned as operations would tune it
        eachSetting("benchmark.postgres", server::setServerConfig);
        // -Dbenchmark.initdb=locale=nb_NO.UTF-8: the database made with another locale (initdb --locale=...)
        eachSetting("benchmark.initdb", server::setLocaleConfig);
        try (EmbeddedPostgres postgres = server.start()) {
            Path dir = Files.createTempDirectory("arshjul-scale");
            municipality.writeBootstrapFiles(dir);
            BootstrapStopwatch bootstrap = new BootstrapStopwatch();
            long start = System.nanoTime();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ArshjulApplication.class)
                    .profiles("postgres")
                    // runners just before the organisation bootstrap (@Order 6) and after the passwords (7)
                    .initializers(context -> {
                        context.getBeanFactory().registerSingleton("benchmarkBootstrapStart", bootstrap.mark(5, true));
                        context.getBeanFactory().registerSingleton("benchmarkBootstrapEnd", bootstrap.mark(8, false));
                    })
                    .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--server.port=0", "--logging.level.root=warn",
                            "--arshjul.bootstrap.units-file=" + dir.resolve("enheter.csv"),
                            "--arshjul.bootstrap.employees-file=" + dir.resolve("ansatte.csv"),
                            "--arshjul.bootstrap.roles-file=" + dir.resolve("roller.csv"),
                            "--arshjul.bootstrap.initial-password=" + HR_PASSWORD)) {
                double startup = (System.nanoTime() - start) / 1e9;
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                Run run = new Run(app, port, municipality, startup, bootstrap.timing());
                // HR has changed the initial password, as the first log-in requires, before calling the API.
                run.jdbc().update("update user_credential set must_change = false where user_id = ?",
                        GeneratedMunicipality.HR_USER);
                YearLaunch.afterTheMorning();
                printTable(run);
            }
        }
    }

    private static void printTable(Run run) throws Exception {
        JdbcTemplate jdbc = run.jdbc();
        int people = jdbc.queryForObject("select count(*) from employee", Integer.class);
        System.out.printf("%nÅrshjul scale benchmark, %s: %,d people in %,d units; %s; Java %s, %d cores, max heap %d MiB%n%n",
                LocalDate.now(), people, run.municipality().unitCount() + 6,
                jdbc.queryForObject("select version()", String.class).split(",")[0],
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| Figure | " + String.format("%,d", run.municipality().size()) + " people |");
        System.out.println("|---|---|");
        // -Dbenchmark.only=launch,inbox measures only the rows whose names hold one of the words, for profiling
        List<String> only = List.of(System.getProperty("benchmark.only", "").toLowerCase(java.util.Locale.ROOT).split(","));
        for (Measurement m : MEASUREMENTS) {
            if (only.stream().noneMatch(word -> m.name().toLowerCase(java.util.Locale.ROOT).contains(word))) {
                continue;
            }
            System.out.println("| " + m.name() + " | " + figureOf(m, run) + " |");
        }
        System.out.println();
        ReadMeasurements.explain(run);
    }

    /** A row that fails says so, with the reason, and the rows after it are still measured. */
    private static String figureOf(Measurement m, Run run) {
        try {
            return m.measure(run);
        } catch (Exception e) {
            e.printStackTrace();
            return "failed: " + e.getMessage().replace('|', '/').replace('\n', ' ');
        }
    }

    /** HR's import of the next payroll export over HTTP, as HR does it. */
    private static String apiImport(Run run) throws Exception {
        GeneratedMunicipality m = run.municipality();
        String csv = m.employeesCsv(10, m.size() / 100);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + run.port() + "/api/organisation/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (GeneratedMunicipality.HR_USER + ":" + HR_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        Timing.Start start = Timing.start();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Timing took = start.stop();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import refused: " + response.statusCode() + " " + response.body());
        }
        return took.toString();
    }

    private static String heapAfterGc() {
        System.gc();
        return (ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20) + " MiB";
    }

    /**
     * Wall-clock time, and the CPU time the whole JVM used meanwhile (all threads, GC included;
     * PostgreSQL's own not): on a shared machine the wall time mostly says how busy the others were.
     */
    public record Timing(double wallSeconds, double jvmCpuSeconds) {

        record Start(long wall, long cpu) {
            Timing stop() {
                return new Timing((System.nanoTime() - wall) / 1e9, (processCpuNanos() - cpu) / 1e9);
            }
        }

        static Start start() {
            return new Start(System.nanoTime(), processCpuNanos());
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        @Override
        public String toString() {
            return String.format("%.1f s (JVM CPU %.1f s)", wallSeconds, jvmCpuSeconds);
        }
    }

    private static Measurement measurement(String name, Figure figure) {
        return new Measurement() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String measure(Run run) throws Exception {
                return figure.of(run);
            }
        };
    }

    /** A row whose figure nobody takes yet: says so rather than show a made-up number. */
    static Measurement notMeasuredYet(String name) {
        return measurement(name, run -> "not measured yet");
    }

    @FunctionalInterface
    private interface Figure {
        String of(Run run) throws Exception;
    }

    /** Times the bootstrap runners from outside, by running just before and just after them. */
    private static final class BootstrapStopwatch {
        private Timing.Start started;
        private Timing timing;

        ApplicationRunner mark(int order, boolean start) {
            return new OrderedRunner(order, () -> {
                if (start) {
                    started = Timing.start();
                } else {
                    timing = started.stop();
                }
            });
        }

        Timing timing() {
            return timing;
        }
    }

    private record OrderedRunner(int order, Runnable action) implements ApplicationRunner, Ordered {
        @Override
        public void run(org.springframework.boot.ApplicationArguments args) {
            action.run();
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
