package no.arshjul.benchmark;

import no.arshjul.EngineClock;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.CycleLaunchService;
import no.arshjul.cycle.CycleService;
import no.arshjul.cycle.CycleStatus;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.GeneratedMunicipality;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year's launch, the ScaleBenchmark's way: HR starts next year and confirms its calendar, the
 * job executor runs the launch batches (one launch-batch instance and job each), until the annual
 * cycle has summarised the launch. Then the anchor in the same run: a naive loop that starts the same
 * people's mapping and talk (the first 5,000 of them) one after the other, one transaction each, for the year after; its
 * instances are removed again afterwards, so later rows see one year of tasks.
 */
final class YearLaunch {

    private static final Duration PATIENCE = Duration.ofMinutes(30);
    /** The write-ahead log's figures, kept with the tables' rows under a name no table has. */
    private static final String WAL = " write-ahead log";

    private YearLaunch() {
    }

    static String measure(ScaleBenchmark.Run run) throws InterruptedException {
        int year = Year.now().getValue();
        Map<String, long[]> rowsBefore = rowsWritten(run.jdbc());
        statementsBefore(run.jdbc());
        Map<String, Long> cpuBefore = CpuByThread.snapshot();
        ScaleBenchmark.Timing.Start started = ScaleBenchmark.Timing.start();
        launchYear(run, year);
        ScaleBenchmark.Timing batched = started.stop();
        int instances = instancesOf(run.jdbc(), year);
        printRowsWritten(run.jdbc(), rowsBefore, instances);
        CpuByThread.printSince(cpuBefore);

        List<String> people = run.jdbc().queryForList("select e.user_id from launch_item i join employee e "
                + "on e.id = i.employee_id where i.cycle_year = ? and i.status = 'DONE' order by i.id", String.class, year);
        // the naive loop's rate does not depend on how many it starts: at 50,000 people a sample
        // keeps the run short (-Dbenchmark.naive-sample, people)
        List<String> sample = people.subList(0, Math.min(people.size(), Integer.getInteger("benchmark.naive-sample", 5_000)));
        ScaleBenchmark.Timing naive = naiveLoop(run, year + 1, sample);
        int naiveInstances = instancesOf(run.jdbc(), year + 1);
        removeYear(run, year + 1);

        double batchedRate = instances / batched.wallSeconds();
        double naiveRate = naiveInstances / naive.wallSeconds();
        String threads = run.app().getEnvironment().getProperty("camunda.bpm.job-execution.core-pool-size", "3");
        return String.format("launch batches: %,d instances in %s = %.0f/s (batches of %s, %s job threads, one node); "
                        + "naive loop (%,d of the people): %,d in %s = %.0f/s; **%.1f×** the naive loop",
                instances, batched, batchedRate,
                run.app().getEnvironment().getProperty("arshjul.launch.batch-size"), threads,
                sample.size(), naiveInstances, naive, naiveRate, batchedRate / naiveRate);
    }

    /**
     * The year's calendar moved forward so the mapping and the talks open today: the launch waits for
     * the calendar, and a benchmark cannot wait for January.
     */
    static YearCalendar openingToday(int year) {
        YearCalendar c = YearCalendar.defaultsFor(year).startingFrom(LocalDate.now());
        return new YearCalendar(year, c.mappingOpens(), c.mappingDeadline(), c.mappingOpens(), c.talksDeadline(),
                c.sectorInputOpens(), c.sectorInputDeadline(), c.kompetanseforumMeeting(), c.consultationMeeting(),
                c.approvalDeadline(), c.publicationDate(), c.evaluationDeadline());
    }

    /**
     * The launch and the talks open at 08:00 (Oslo) on their first day. A run started earlier in the
     * day moves the engine's clock, which is also Årshjul's, to just after 08:00 (it keeps ticking), so
     * the launch runs at once and the talks open with the mappings whatever the hour.
     */
    static void afterTheMorning() {
        ZonedDateTime now = ZonedDateTime.now(EngineClock.OSLO);
        ZonedDateTime opening = now.toLocalDate().atTime(8, 1).atZone(EngineClock.OSLO);
        if (now.isBefore(opening)) {
            ClockUtil.offset(Duration.between(now, opening).toMillis());
            System.out.printf("Before 08:00 in Oslo: the engine's clock is moved forward to %s%n", opening);
        }
    }

    private static void launchYear(ScaleBenchmark.Run run, int year) throws InterruptedException {
        IdentityService identity = run.app().getBean(IdentityService.class);
        identity.setAuthentication(GeneratedMunicipality.HR_USER, List.of("hr", "employee"));
        try {
            run.app().getBean(CycleService.class).start(openingToday(year), GeneratedMunicipality.HR_USER);
            TaskService tasks = run.app().getBean(TaskService.class);
            String calendar = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(year))
                    .taskDefinitionKey("set-calendar").singleResult().getId();
            tasks.complete(calendar, openingToday(year).formValues());
        } finally {
            identity.clearAuthentication();
        }
        CycleLaunchService launch = run.app().getBean(CycleLaunchService.class);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        // one indexed row, twice a second: the watching must not cost the launch it measures
        while (!CycleStatus.RUNNING.name().equals(run.jdbc().queryForObject(
                "select status from annual_cycle where cycle_year = ?", String.class, year))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The launch did not finish in " + PATIENCE + ": " + launch.progress(year));
            }
            Thread.sleep(500);
        }
    }

    /**
     * One start after the other, each in its own transaction: what the launch is measured against.
     * Next year's, with a cycle whose calendar opens today like this year's.
     */
    private static ScaleBenchmark.Timing naiveLoop(ScaleBenchmark.Run run, int year, List<String> people) {
        TransactionTemplate transactions = run.app().getBean(TransactionTemplate.class);
        CompetenceMappingService mappings = run.app().getBean(CompetenceMappingService.class);
        AppraisalService talks = run.app().getBean(AppraisalService.class);
        YearCalendar calendar = openingToday(year);
        // the year has its cycle, as every year Årshjul starts processes in: the starts read its dates
        run.jdbc().update("insert into annual_cycle (cycle_year, status, started_by, mapping_opens, mapping_deadline, "
                        + "talks_open, talks_deadline, sector_input_opens, sector_input_deadline, kompetanseforum_meeting, "
                        + "consultation_meeting, approval_deadline, publication_date, evaluation_deadline, updated_at) "
                        + "values (?, 'RUNNING', 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())", year,
                calendar.mappingOpens(), calendar.mappingDeadline(), calendar.talksOpen(), calendar.talksDeadline(),
                calendar.sectorInputOpens(), calendar.sectorInputDeadline(), calendar.kompetanseforumMeeting(),
                calendar.consultationMeeting(), calendar.approvalDeadline(), calendar.publicationDate(),
                calendar.evaluationDeadline());
        ScaleBenchmark.Timing.Start started = ScaleBenchmark.Timing.start();
        for (String user : people) {
            transactions.executeWithoutResult(s -> mappings.start(user, calendar.mappingDeadlines()));
            transactions.executeWithoutResult(s -> talks.start(user, calendar.talkDeadlines()));
        }
        return started.stop();
    }

    /**
     * With -Dbenchmark.explain=true: the rows the launch inserted, updated and deleted per instance,
     * table by table (PostgreSQL's statistics): what each start costs the database.
     */
    private static Map<String, long[]> rowsWritten(JdbcTemplate jdbc) throws InterruptedException {
        Map<String, long[]> rows = new TreeMap<>();
        if (!Boolean.getBoolean("benchmark.explain")) {
            return rows;
        }
        Thread.sleep(1_500); // the statistics of other backends reach the view within a second
        jdbc.query("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables", rs -> {
            rows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
        jdbc.query("select wal_bytes, wal_records, wal_fpi from pg_stat_wal", rs -> {
            rows.put(WAL, new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        });
        return rows;
    }

    private static void printRowsWritten(JdbcTemplate jdbc, Map<String, long[]> before, int instances)
            throws InterruptedException {
        if (before.isEmpty()) {
            return;
        }
        Map<String, long[]> after = rowsWritten(jdbc);
        long[] walAfter = after.remove(WAL);
        long[] walBefore = before.remove(WAL);
        System.out.printf("Write-ahead log of the launch: %,d MiB in %,d records, %,d of them full-page images%n",
                (walAfter[0] - walBefore[0]) >> 20, walAfter[1] - walBefore[1], walAfter[2] - walBefore[2]);
        System.out.printf("Rows written by the launch per instance (%,d instances): inserted / updated / deleted%n", instances);
        double[] total = new double[3];
        after.forEach((table, counts) -> {
            long[] old = before.getOrDefault(table, new long[3]);
            double[] perInstance = new double[3];
            for (int i = 0; i < 3; i++) {
                perInstance[i] = (counts[i] - old[i]) / (double) instances;
                total[i] += perInstance[i];
            }
            if (perInstance[0] + perInstance[1] + perInstance[2] >= 0.005) {
                System.out.printf("    %-32s %6.2f %6.2f %6.2f%n", table, perInstance[0], perInstance[1], perInstance[2]);
            }
        });
        System.out.printf("    %-32s %6.2f %6.2f %6.2f%n", "all tables", total[0], total[1], total[2]);
        printStatements(jdbc);
    }

    /**
     * With -Dbenchmark.postgres=shared_preload_libraries=pg_stat_statements as well: the statements
     * the launch spent PostgreSQL's time on, planning included.
     */
    private static void statementsBefore(JdbcTemplate jdbc) {
        if (tracksStatements(jdbc)) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("select pg_stat_statements_reset()");
        }
    }

    private static void printStatements(JdbcTemplate jdbc) {
        if (!tracksStatements(jdbc)) {
            return;
        }
        System.out.println("Statements by PostgreSQL's time (ms planning + executing, calls, rows, statement):");
        jdbc.query("select total_plan_time + total_exec_time, total_plan_time, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) "
                + "from pg_stat_statements order by 1 desc limit 25", rs -> {
            System.out.printf("    %9.0f %8.0f %8d %8d  %s%n", rs.getDouble(1), rs.getDouble(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
        });
    }

    private static boolean tracksStatements(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select current_setting('shared_preload_libraries') like '%pg_stat_statements%'", Boolean.class));
    }

    private static int instancesOf(JdbcTemplate jdbc, int year) {
        return jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null "
                + "and business_key_ like ?", Integer.class, year + ":%");
    }

    private static void removeYear(ScaleBenchmark.Run run, int year) {
        RuntimeService runtime = run.app().getBean(RuntimeService.class);
        List<String> ids = run.jdbc().queryForList("select id_ from act_ru_execution where parent_id_ is null "
                + "and business_key_ like ?", String.class, year + ":%");
        for (int from = 0; from < ids.size(); from += 500) {
            runtime.deleteProcessInstances(ids.subList(from, Math.min(from + 500, ids.size())), "benchmark anchor",
                    true, true);
        }
        run.jdbc().update("delete from competence_mapping where mapping_year = ?", year);
        run.jdbc().update("delete from appraisal_talk where talk_year = ?", year);
        run.jdbc().update("delete from annual_cycle where cycle_year = ?", year);
    }
}
