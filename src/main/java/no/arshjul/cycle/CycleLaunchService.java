package no.arshjul.cycle;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts one competence mapping and one appraisal talk for every active employee, in batches:
 * each batch is its own process instance ({@code launch-batch}) with its own engine job and
 * transaction, so the job executors of every node run batches side by side. A launch item per year
 * and employee is the idempotency guard, and starting a mapping or a talk is idempotent too, so
 * launching twice or restarting the app in the middle creates no duplicates and finishes the rest.
 */
@Service
public class CycleLaunchService {

    private final LaunchItemRepository items;
    private final AnnualCycleRepository cycles;
    private final OrganisationService organisation;
    private final CompetenceMappingService mappings;
    private final AppraisalService appraisals;
    private final Texts texts;
    private final Clock clock;
    private final int batchSize;

    public CycleLaunchService(LaunchItemRepository items, AnnualCycleRepository cycles, OrganisationService organisation, CompetenceMappingService mappings,
                              AppraisalService appraisals, Texts texts, Clock clock,
                              @Value("${arshjul.launch.batch-size:400}") int batchSize) {
        this.items = items;
        this.cycles = cycles;
        this.organisation = organisation;
        this.mappings = mappings;
        this.appraisals = appraisals;
        this.texts = texts;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    public record Progress(int year, CycleStatus status, long employees, long launched, long pending,
                           List<Failure> failed) {
    }

    public record Failure(String employeeNumber, String userId, String name, String reason) {
    }

    /**
     * Adds every active employee not yet in this year's launch (one statement for all of them) and
     * puts earlier failures back in line, in batches of their own; returns the batches left to run.
     */
    @Transactional
    public List<Integer> plan(int year) {
        Integer last = items.findLastBatchNumber(year);
        int firstBatch = last == null ? 0 : last + 1;
        Instant now = Instant.now(clock);
        int added = items.addActiveEmployeesNotPlanned(year, firstBatch, batchSize, now);
        int retryBatch = firstBatch + (added + batchSize - 1) / batchSize;
        List<LaunchItem> failed = items.findByYearAndStatusOrderByIdAsc(year, LaunchItem.Status.FAILED);
        for (int i = 0; i < failed.size(); i++) {
            failed.get(i).retry(retryBatch + i / batchSize, now);
        }
        return items.findPendingBatchNumbers(year);
    }

    /**
     * Starts the batch's pending employees, in the caller's transaction (the engine job's). The
     * batch's items are locked first, so a batch that runs twice at once starts nobody twice; the
     * people, the calendar and the process definitions are read once for the batch.
     */
    @Transactional
    public void runBatch(int year, int batchNo) {
        if (items.lockPending(year, batchNo).isEmpty()) {
            return;
        }
        launchAll(items.findBatchWithEmployees(year, batchNo, LaunchItem.Status.PENDING), calendarOf(year));
    }

    /**
     * People hired after the launch get their processes at once, if this year's launch has run;
     * returns those started or refused (failed items), leaving out who already had a launch item.
     * Loads the people and the year's items once for the whole list.
     */
    @Transactional
    public List<LaunchItem> launchLate(Collection<String> userIds, int year) {
        Optional<AnnualCycle> cycle = launchedCycle(year);
        if (cycle.isEmpty() || userIds.isEmpty()) {
            return List.of();
        }
        YearCalendar calendar = cycle.get().calendar();
        List<Employee> joined = organisation.employeesWithUserIds(userIds).stream()
                .sorted(Comparator.comparing(Employee::getId)).toList();
        Set<Long> planned = items.findEmployeeIdsByYearAmong(year, joined.stream().map(Employee::getId).toList());
        Instant now = Instant.now(clock);
        List<LaunchItem> launched = new ArrayList<>();
        for (Employee employee : joined) {
            if (!planned.contains(employee.getId())) {
                launched.add(items.save(new LaunchItem(year, employee, -1, now)));
            }
        }
        launchAll(launched, calendar);
        return launched;
    }

    /** Whether this year's launch has run, so that people hired now are started at once. */
    @Transactional(readOnly = true)
    public boolean startsLateComers(int year) {
        return launchedCycle(year).isPresent();
    }

    private Optional<AnnualCycle> launchedCycle(int year) {
        return cycles.findByYear(year).filter(c -> c.getStatus() != CycleStatus.SETTING_CALENDAR
                && c.getStatus() != CycleStatus.WAITING);
    }

    @Transactional(readOnly = true)
    public Progress progress(int year) {
        AnnualCycle cycle = cycles.findByYear(year).orElseThrow(() -> new UnknownCycleException(year));
        List<Failure> failures = new ArrayList<>();
        for (LaunchItem item : items.findByYearAndStatusOrderByIdAsc(year, LaunchItem.Status.FAILED)) {
            Employee e = item.getEmployee();
            failures.add(new Failure(e.getEmployeeNumber(), e.getUserId(), e.getFullName(), item.getReason()));
        }
        return new Progress(year, cycle.getStatus(), items.countByYear(year),
                items.countByYearAndStatus(year, LaunchItem.Status.DONE),
                items.countByYearAndStatus(year, LaunchItem.Status.PENDING), failures);
    }

    /** Starts a mapping and a talk for each item's employee who can be started, and marks every item. */
    private void launchAll(List<LaunchItem> batch, YearCalendar calendar) {
        Instant now = Instant.now(clock);
        List<Employee> startable = new ArrayList<>();
        List<LaunchItem> started = new ArrayList<>();
        for (LaunchItem item : batch) {
            String reason = whyNot(item.getEmployee());
            if (reason != null) {
                item.failed(reason, now);
            } else {
                startable.add(item.getEmployee());
                started.add(item);
            }
        }
        organisation.rememberPeople(startable);
        mappings.startAll(startable, calendar.mappingDeadlines());
        appraisals.startAll(startable, calendar.talkDeadlines());
        started.forEach(item -> item.done(now));
    }

    /**
     * The known reasons a person cannot be started, kept in bokmål on the launch item for HR;
     * anything else fails the batch job, which retries.
     */
    private String whyNot(Employee employee) {
        if (!employee.isActive()) {
            return texts.bokmal("launch.failure.inactive");
        }
        if (organisation.closestLeaderOf(employee).isEmpty()) {
            return texts.bokmal("launch.failure.noLeader", employee.getUnit().getName());
        }
        return null;
    }

    private YearCalendar calendarOf(int year) {
        return cycles.findByYear(year).orElseThrow(() -> new UnknownCycleException(year)).calendar();
    }
}
