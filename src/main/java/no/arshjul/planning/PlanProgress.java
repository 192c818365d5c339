package no.arshjul.planning;

import no.arshjul.EngineClock;
import no.arshjul.engine.SystemEngineCalls;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the work on a year's SKUP stands, read from the skup process itself and not only from the
 * plan's record (which exists from HR's first draft): planned (the annual cycle waits for the
 * input period), in progress at which steps, or done; and the calendar of the work: who is asked
 * what, by when, with the dates the year's calendar gave the process. Callers decide who may read
 * it; the engine is read on the system's behalf.
 */
@Service
@Transactional(readOnly = true)
public class PlanProgress {

    /** The skup process's steps in the order they come, with the variable holding each one's date and who does it. */
    private static final List<String[]> STAGES = List.of(
            new String[]{"submit-sector-input", "sectorInputDeadlineAt"},
            new String[]{"draft-skup", "kompetanseforumAt"},
            new String[]{"forum-review", "kompetanseforumAt"},
            new String[]{"radmann-direction", null},
            new String[]{"finalise-skup", "consultationAt"},
            new String[]{"record-consultation", "consultationAt"},
            new String[]{"approve-skup", "approvalAt"},
            new String[]{"make-unit-plan", "unitPlansDeadlineAt"});
    private static final String ANNUAL_CYCLE = "annual-cycle";

    public enum Phase { NOT_STARTED, PLANNED, IN_PROGRESS, DONE }

    public enum StageState { DONE, NOW, COMING }

    /** One step of the work: what, who, by when (null when the calendar sets no date for it), and whether it is past, now or to come. */
    public record Stage(String key, String text, String who, LocalDate by, StageState state) {
    }

    /**
     * {@code now} names the open steps in words ("Sektorene sender innspill (2 av 5 levert)");
     * {@code startsOn} is the day the input period opens, for a planned plan.
     */
    public record State(int planYear, Phase phase, SkupStatus status, List<String> now, LocalDate startsOn,
                        List<Stage> stages) {

        public boolean inProgress() {
            return phase == Phase.IN_PROGRESS;
        }

        public boolean known() {
            return phase != Phase.NOT_STARTED;
        }
    }

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final SystemEngineCalls system;
    private final SkupService skup;
    private final SectorInputRepository inputs;
    private final UnitTrainingPlanRepository unitPlans;
    private final MessageSource messages;

    PlanProgress(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
                 SystemEngineCalls system, SkupService skup, SectorInputRepository inputs,
                 UnitTrainingPlanRepository unitPlans, MessageSource messages) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.system = system;
        this.skup = skup;
        this.inputs = inputs;
        this.unitPlans = unitPlans;
        this.messages = messages;
    }

    public State skup(int planYear, Locale locale) {
        return system.call(() -> read(planYear, locale));
    }

    private State read(int planYear, Locale locale) {
        SkupStatus status = skup.find(planYear).map(SkupPlan::getStatus).orElse(null);
        Optional<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PlanProcesses.SKUP).processInstanceBusinessKey(String.valueOf(planYear))
                .active().list().stream().findFirst();
        if (running.isPresent()) {
            String id = running.get().getId();
            Map<String, Object> dates = runtimeService.getVariables(id, dateNames());
            List<Task> open = taskService.createTaskQuery().processInstanceId(id).list();
            Map<String, Integer> openByKey = new LinkedHashMap<>();
            open.forEach(t -> openByKey.merge(t.getTaskDefinitionKey(), 1, Integer::sum));
            int current = STAGES.size();
            for (int i = 0; i < STAGES.size(); i++) {
                if (openByKey.containsKey(STAGES.get(i)[0])) {
                    current = Math.min(current, i);
                }
            }
            List<String> now = new ArrayList<>();
            openByKey.forEach((key, count) -> now.add(stepText(key, count, planYear, locale)));
            return new State(planYear, Phase.IN_PROGRESS, status, now, null, stages(dates, current, openByKey, locale));
        }
        boolean finished = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PlanProcesses.SKUP)
                .processInstanceBusinessKey(String.valueOf(planYear)).finished().count() > 0;
        if (finished || (status != null && status.compareTo(SkupStatus.ADOPTED) >= 0)) {
            return new State(planYear, Phase.DONE, status, List.of(), null, List.of());
        }
        // Not started yet: the annual cycle of the year before waits for the input period with the plan's dates.
        Optional<ProcessInstance> cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(ANNUAL_CYCLE)
                .processInstanceBusinessKey(String.valueOf(planYear - 1)).active().list().stream().findFirst();
        if (cycle.isPresent()) {
            List<String> names = new ArrayList<>(dateNames());
            names.add("sectorInputOpensAt");
            names.add("skupPlanYear");
            Map<String, Object> dates = runtimeService.getVariables(cycle.get().getId(), names);
            if (dates.get("skupPlanYear") instanceof Number y && y.intValue() == planYear) {
                return new State(planYear, Phase.PLANNED, status, List.of(), day(dates.get("sectorInputOpensAt")),
                        stages(dates, -1, Map.of(), locale));
            }
        }
        return new State(planYear, status == null ? Phase.NOT_STARTED : Phase.IN_PROGRESS, status, List.of(), null, List.of());
    }

    private List<Stage> stages(Map<String, Object> dates, int current, Map<String, Integer> open, Locale locale) {
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            String key = STAGES.get(i)[0];
            String dateName = STAGES.get(i)[1];
            StageState state = open.containsKey(key) ? StageState.NOW
                    : current >= 0 && i < current ? StageState.DONE : StageState.COMING;
            stages.add(new Stage(key, text("skupStage." + key, locale), text("skupStage.who." + key, locale),
                    dateName == null ? null : day(dates.get(dateName)), state));
        }
        return stages;
    }

    private String stepText(String key, int open, int planYear, Locale locale) {
        if ("submit-sector-input".equals(key)) {
            int done = inputs.findByPlanYearOrderBySectorCode(planYear).size();
            return text("skupStep.submit-sector-input", locale, done, done + open);
        }
        if ("make-unit-plan".equals(key)) {
            int done = (int) unitPlans.findByPlanYearOrderByUnitCode(planYear).stream()
                    .filter(UnitTrainingPlan::isApproved).count();
            return text("skupStep.make-unit-plan", locale, done, done + open);
        }
        return messages.getMessage("skupStage." + key, null, key, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static List<String> dateNames() {
        return STAGES.stream().map(s -> s[1]).filter(n -> n != null).distinct().toList();
    }

    /** The process's deadlines are the start of the day after; the day shown is the deadline's own. */
    private static LocalDate day(Object date) {
        return date instanceof Date d ? EngineClock.deadlineDay(d.toInstant()) : null;
    }
}
