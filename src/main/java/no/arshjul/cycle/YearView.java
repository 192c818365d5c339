package no.arshjul.cycle;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Årshjulet": what comes when in a year (the calendar's dates in order) and which of those steps
 * are the person's, by their roles, with their own open tasks and due dates.
 */
@Service
class YearView {

    /** Whose each date of the calendar is: everyone's steps are the employee role's. */
    private static final Map<String, Set<Role>> WHOSE = Map.ofEntries(
            Map.entry("mappingOpens", EnumSet.of(Role.EMPLOYEE, Role.LEADER)),
            Map.entry("mappingDeadline", EnumSet.of(Role.EMPLOYEE, Role.LEADER)),
            Map.entry("talksOpen", EnumSet.of(Role.EMPLOYEE, Role.LEADER)),
            Map.entry("talksDeadline", EnumSet.of(Role.EMPLOYEE, Role.LEADER)),
            Map.entry("sectorInputOpens", EnumSet.of(Role.KOMMUNALSJEF, Role.HR)),
            Map.entry("sectorInputDeadline", EnumSet.of(Role.KOMMUNALSJEF)),
            Map.entry("kompetanseforumMeeting", EnumSet.of(Role.KOMPETANSEFORUM, Role.HR)),
            Map.entry("consultationMeeting", EnumSet.of(Role.TILLITSVALGT, Role.HR)),
            Map.entry("approvalDeadline", EnumSet.of(Role.RADMANN)),
            Map.entry("publicationDate", EnumSet.of(Role.LEADER, Role.HR)),
            Map.entry("evaluationDeadline", EnumSet.of(Role.KOMMUNALSJEF, Role.HR)));

    /** One date of the year: the field (its label and text are in the messages), whether it is past, whether it is the person's. */
    record Entry(String field, LocalDate date, boolean past, boolean mine) {
    }

    /** One of the person's open tasks with a due date. */
    record MyTask(String id, String name, Instant due, boolean overdue) {
    }

    record Page(int year, boolean started, boolean defaults, List<Entry> entries, List<MyTask> tasks) {
    }

    private final AnnualCycleRepository cycles;
    private final OrganisationService organisation;
    private final TaskService taskService;
    private final Clock clock;

    YearView(AnnualCycleRepository cycles, OrganisationService organisation, TaskService taskService, Clock clock) {
        this.cycles = cycles;
        this.organisation = organisation;
        this.taskService = taskService;
        this.clock = clock;
    }

    /**
     * The year as the person sees it: the calendar HR set, or (before the year is started) the
     * default dates. The tasks are read as the person, so the engine's authorizations decide.
     */
    @Transactional(readOnly = true)
    public Page page(int year, String userId) {
        Optional<AnnualCycle> cycle = cycles.findByYear(year);
        YearCalendar calendar = cycle.map(AnnualCycle::calendar).orElseGet(() -> YearCalendar.defaultsFor(year));
        Set<Role> roles = organisation.rolesOf(userId);
        LocalDate today = LocalDate.now(clock);
        List<Entry> entries = new ArrayList<>();
        calendar.dates().forEach((field, date) -> entries.add(new Entry(field, date, date.isBefore(today),
                WHOSE.getOrDefault(field, Set.of()).stream().anyMatch(roles::contains))));
        entries.sort(Comparator.comparing(Entry::date));
        return new Page(year, cycle.isPresent(), cycle.isEmpty(), entries, tasks(userId, roles));
    }

    private List<MyTask> tasks(String userId, Set<Role> roles) {
        Instant now = clock.instant();
        List<String> groups = roles.stream().map(Role::groupId).toList();
        var query = taskService.createTaskQuery().active().or().taskAssignee(userId);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        List<Task> open = query.endOr().dueAfter(new java.util.Date(0)).orderByDueDate().asc().listPage(0, 100);
        return open.stream().map(t -> new MyTask(t.getId(), t.getName(), t.getDueDate().toInstant(),
                t.getDueDate().toInstant().isBefore(now))).toList();
    }
}
