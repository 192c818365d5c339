package no.arshjul.cycle;

import no.arshjul.EngineClock;
import no.arshjul.appraisal.AppraisalTalk;
import no.arshjul.appraisal.AppraisalRecords;
import no.arshjul.appraisal.DevelopmentMeasure;
import no.arshjul.appraisal.MeasureStatus;
import no.arshjul.appraisal.TalkMinutes;
import no.arshjul.appraisal.TalkStatus;
import no.arshjul.competence.CompetenceMapping;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.competence.MappingStatus;
import no.arshjul.organisation.Employee;
import no.arshjul.engine.OpenTasks;
import no.arshjul.engine.OpenTasks.OpenTask;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static no.arshjul.EngineClock.OSLO;
import static no.arshjul.cycle.StepStatus.DONE;
import static no.arshjul.cycle.StepStatus.IN_PROGRESS;
import static no.arshjul.cycle.StepStatus.NOT_STARTED;
import static no.arshjul.cycle.StepStatus.OVERDUE;

/**
 * How far each employee has come in a year, derived from the records (mapping, talk, minutes,
 * measures) and, for lateness, from the due dates of the tasks still open. The leader overview
 * and HR's dashboard both read it, so they never disagree. Callers decide who may see whom.
 */
@Service
@Transactional(readOnly = true)
public class CycleProgressService {

    private static final Set<TalkStatus> HELD = EnumSet.of(TalkStatus.MINUTES_RECORDED, TalkStatus.AGREED, TalkStatus.DISAGREED);
    private static final Set<MeasureStatus> FOLLOWED_UP = EnumSet.of(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED);

    private final CompetenceMappingService mappings;
    private final AppraisalRecords records;
    private final OpenTasks openTasks;
    private final NamedParameterJdbcTemplate jdbc;

    public CycleProgressService(CompetenceMappingService mappings, AppraisalRecords records, OpenTasks openTasks,
                                NamedParameterJdbcTemplate jdbc) {
        this.mappings = mappings;
        this.records = records;
        this.openTasks = openTasks;
        this.jdbc = jdbc;
    }

    /**
     * The counts of every unit's active employees (by the unit they belong to, not the units above
     * it), in one aggregate query instead of a progress row per person: HR's view of 50,000 people.
     * It asks what {@link #progressOf} decides person by person: mapped is a confirmed mapping, a talk
     * held is minutes saying so, a plan is minutes, late is a measure past its date or an open task of
     * the person's mapping or talk past its due date in a step not yet done (the steps' task keys
     * come from {@link Step}, so the two cannot drift apart).
     */
    public Map<Long, ProgressCounts> countsByUnit(int year, Instant now) {
        String sql = """
                select e.unit_id,
                       count(*) as employees,
                       sum(case when m.status = 'CONFIRMED' then 1 else 0 end) as mapped,
                       sum(case when tm.talk_held = 'HELD' then 1 else 0 end) as talks_held,
                       sum(case when tm.id is not null then 1 else 0 end) as plans_made,
                       sum(case when (tm.id is not null and exists (select 1 from development_measure d
                                          where d.talk_id = t.id and d.status not in (:followedUp) and d.due_date < :today))
                                  or exists (select 1 from act_ru_task k
                                          where k.proc_inst_id_ in (m.process_instance_id, t.process_instance_id)
                                            and k.due_date_ < :now and (%s))
                                then 1 else 0 end) as overdue
                from employee e
                left join competence_mapping m on m.employee_id = e.id and m.mapping_year = :year
                left join appraisal_talk t on t.employee_id = e.id and t.talk_year = :year
                left join talk_minutes tm on tm.talk_id = t.id
                where e.active = true
                group by e.unit_id
                """.formatted(lateStepCondition());
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("year", year)
                .addValue("now", Timestamp.from(now))
                .addValue("today", LocalDate.ofInstant(now, OSLO))
                .addValue("followedUp", FOLLOWED_UP.stream().map(Enum::name).toList());
        Map<Long, ProgressCounts> counts = new HashMap<>();
        jdbc.query(sql, parameters, row -> {
            counts.put(row.getLong("unit_id"), new ProgressCounts(row.getInt("employees"), row.getInt("mapped"),
                    row.getInt("talks_held"), row.getInt("plans_made"), row.getInt("overdue")));
        });
        return counts;
    }

    /** A late task counts where its step is not done: the SQL of {@link #lateTask} for every step. */
    private static String lateStepCondition() {
        Map<Step, String> done = new EnumMap<>(Step.class);
        // each one false, never unknown, where a record is missing, so "not done" holds then
        done.put(Step.MAPPING, "m.status is not null and m.status = 'CONFIRMED'");
        done.put(Step.PREPARATION, "t.status is not null and t.status not in ('NOT_STARTED', 'EMPLOYEE_PREPARED')");
        done.put(Step.TALK_HELD, "tm.talk_held is not null and tm.talk_held = 'HELD'");
        done.put(Step.MINUTES_APPROVED, "tm.employee_ack is not null");
        done.put(Step.DEVELOPMENT_PLAN, "tm.id is not null");
        done.put(Step.MEASURES_FOLLOWED_UP, "tm.id is not null and not exists (select 1 from development_measure o "
                + "where o.talk_id = t.id and o.status not in (:followedUp))");
        return Arrays.stream(Step.values())
                .map(step -> "(k.task_def_key_ in (" + step.taskKeys().stream().sorted().map(key -> "'" + key + "'")
                        .collect(Collectors.joining(", ")) + ") and not (" + done.get(step) + "))")
                .collect(Collectors.joining(" or "));
    }

    public List<EmployeeProgress> progressOf(Collection<Employee> employees, int year, Instant now) {
        if (employees.isEmpty()) {
            return List.of();
        }
        Map<Long, CompetenceMapping> mappingOf = mappings.mappingsOf(employees, year).stream()
                .collect(Collectors.toMap(m -> m.getEmployee().getId(), Function.identity()));
        List<AppraisalTalk> yearTalks = records.talksOf(employees, year);
        Map<Long, AppraisalTalk> talkOf = yearTalks.stream()
                .collect(Collectors.toMap(t -> t.getEmployee().getId(), Function.identity()));
        Map<Long, TalkMinutes> minutesOf = yearTalks.isEmpty() ? Map.of() : records.minutesOf(yearTalks).stream()
                .collect(Collectors.toMap(m -> m.getTalk().getId(), Function.identity()));
        Map<Long, List<DevelopmentMeasure>> measuresOf = yearTalks.isEmpty() ? Map.of() : records.measuresOf(yearTalks)
                .stream().collect(Collectors.groupingBy(m -> m.getTalk().getId()));
        List<String> instances = new ArrayList<>();
        mappingOf.values().forEach(m -> instances.add(m.getProcessInstanceId()));
        yearTalks.forEach(t -> instances.add(t.getProcessInstanceId()));
        Map<String, List<OpenTask>> tasks = openTasks.byProcessInstance(instances);
        LocalDate today = LocalDate.ofInstant(now, OSLO);

        List<EmployeeProgress> result = new ArrayList<>();
        for (Employee employee : employees) {
            CompetenceMapping mapping = mappingOf.get(employee.getId());
            AppraisalTalk talk = talkOf.get(employee.getId());
            TalkMinutes record = talk == null ? null : minutesOf.get(talk.getId());
            List<DevelopmentMeasure> plan = talk == null ? List.of() : measuresOf.getOrDefault(talk.getId(), List.of());
            List<OpenTask> open = new ArrayList<>();
            if (mapping != null) {
                open.addAll(tasks.getOrDefault(mapping.getProcessInstanceId(), List.of()));
            }
            if (talk != null) {
                open.addAll(tasks.getOrDefault(talk.getProcessInstanceId(), List.of()));
            }
            Map<Step, StepState> steps = new EnumMap<>(Step.class);
            steps.put(Step.MAPPING, mapping(mapping));
            steps.put(Step.PREPARATION, preparation(talk));
            steps.put(Step.TALK_HELD, talkHeld(talk, record));
            steps.put(Step.MINUTES_APPROVED, minutesApproved(record));
            steps.put(Step.DEVELOPMENT_PLAN, record == null ? StepState.of(NOT_STARTED, "plan.none")
                    : StepState.counted(DONE, "plan.measures", plan.size()));
            steps.put(Step.MEASURES_FOLLOWED_UP, measuresFollowedUp(record, plan, today));
            steps.replaceAll((step, state) -> lateTask(step, state, open, now).orElse(state));
            Set<String> waitingFor = open.stream().map(OpenTask::assignee).filter(Objects::nonNull)
                    .collect(Collectors.toUnmodifiableSet());
            result.add(new EmployeeProgress(employee, steps, waitingFor));
        }
        return result;
    }

    private static StepState mapping(CompetenceMapping mapping) {
        if (mapping == null) {
            return StepState.of(NOT_STARTED, "mapping.none");
        }
        MappingStatus status = mapping.getStatus();
        return switch (status) {
            case REGISTERING -> StepState.of(NOT_STARTED, "mapping.REGISTERING");
            case AWAITING_CONFIRMATION, RETURNED -> StepState.of(IN_PROGRESS, "mapping." + status);
            case CONFIRMED -> StepState.of(DONE, "mapping.CONFIRMED");
        };
    }

    private static StepState preparation(AppraisalTalk talk) {
        if (talk == null || talk.getStatus() == TalkStatus.NOT_STARTED) {
            return StepState.of(NOT_STARTED, "preparation.none");
        }
        return talk.getStatus() == TalkStatus.EMPLOYEE_PREPARED
                ? StepState.of(IN_PROGRESS, "preparation.EMPLOYEE_PREPARED")
                : StepState.of(DONE, "preparation.done");
    }

    private static StepState talkHeld(AppraisalTalk talk, TalkMinutes record) {
        if (record != null) {
            return "HELD".equals(record.getTalkHeld()) ? StepState.of(DONE, "talk.HELD")
                    : StepState.of(IN_PROGRESS, "talk." + record.getTalkHeld());
        }
        if (talk != null && talk.getStatus() == TalkStatus.SCHEDULED) {
            return StepState.of(IN_PROGRESS, "talk.SCHEDULED");
        }
        return StepState.of(NOT_STARTED, "talk.none");
    }

    private static StepState minutesApproved(TalkMinutes record) {
        if (record == null) {
            return StepState.of(NOT_STARTED, "minutes.none");
        }
        if (record.getEmployeeAck() == null) {
            return StepState.of(IN_PROGRESS, "minutes.awaiting");
        }
        return StepState.of(DONE, "minutes." + record.getEmployeeAck());
    }

    private static StepState measuresFollowedUp(TalkMinutes record, List<DevelopmentMeasure> plan, LocalDate today) {
        if (record == null) {
            return StepState.of(NOT_STARTED, "measures.none");
        }
        if (plan.isEmpty()) {
            return StepState.of(DONE, "measures.empty");
        }
        long open = plan.stream().filter(m -> !FOLLOWED_UP.contains(m.getStatus())).count();
        if (open == 0) {
            return StepState.counted(DONE, "measures.done", plan.size());
        }
        Optional<LocalDate> late = plan.stream().filter(m -> !FOLLOWED_UP.contains(m.getStatus()))
                .map(DevelopmentMeasure::getDueDate).filter(d -> d.isBefore(today)).min(LocalDate::compareTo);
        StepState state = StepState.counted(IN_PROGRESS, "measures.open", (int) open);
        return late.map(state::late).orElse(state);
    }

    private static Optional<StepState> lateTask(Step step, StepState state, List<OpenTask> open, Instant now) {
        if (state.status() == DONE || state.status() == OVERDUE) {
            return Optional.empty();
        }
        return open.stream().filter(t -> step.taskKeys().contains(t.taskDefinitionKey()) && t.overdueAt(now))
                .map(t -> state.late(EngineClock.deadlineDay(t.due()))).findFirst();
    }
}
