package no.arshjul.cycle;

import no.arshjul.engine.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Starts a year's cycle (one per year) and keeps its calendar. */
@Service
public class CycleService {

    public static final String PROCESS_KEY = "annual-cycle";
    /** The years a cycle may be started for. */
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 9999;

    private final AnnualCycleRepository cycles;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public CycleService(AnnualCycleRepository cycles, RuntimeService runtimeService, Clock clock) {
        this.cycles = cycles;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Starts the year with a proposed calendar, which HR confirms or changes in the first task (where
     * past dates are refused). Runs as the calling user, so the engine's authorization decides who may
     * start a year. The API and the year view check the calendar first ({@link CalendarRules}).
     */
    @Transactional
    public AnnualCycle start(YearCalendar proposal, String startedBy) {
        if (cycles.existsByYear(proposal.year())) {
            throw new CycleExistsException(proposal.year());
        }
        AnnualCycle cycle = cycles.save(new AnnualCycle(proposal.year(), startedBy, Instant.now(clock)));
        cycle.setCalendar(proposal, Instant.now(clock));
        Map<String, Object> prefill = proposal.formValues();
        cycle.started(runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(proposal.year()), prefill)
                .getId());
        return cycle;
    }

    /**
     * What the annual cycle's model may read: the calendar it starts with, and what the year planner
     * sets (the plan processes' dates, the sectors, the launch batches).
     */
    @Bean
    static ProcessContract annualCycleContract() {
        YearCalendar any = YearCalendar.defaultsFor(2000);
        Set<String> setBySteps = new LinkedHashSet<>(any.planVariables().keySet());
        setBySteps.add(YearPlanner.SECTORS);
        setBySteps.add(YearPlanner.LAUNCH_BATCHES);
        return new ProcessContract(PROCESS_KEY, any.formValues().keySet(), setBySteps);
    }

    public java.util.Optional<AnnualCycle> find(int year) {
        return cycles.findByYear(year);
    }

    public boolean exists(int year) {
        return cycles.existsByYear(year);
    }

    @Transactional
    void setCalendar(YearCalendar calendar) {
        AnnualCycle cycle = cycles.findByYear(calendar.year()).orElseThrow(() -> new UnknownCycleException(calendar.year()));
        cycle.setCalendar(calendar, Instant.now(clock));
    }

    @Transactional
    void advance(int year, CycleStatus status) {
        cycles.findByYear(year).orElseThrow(() -> new UnknownCycleException(year)).advance(status, Instant.now(clock));
    }
}
