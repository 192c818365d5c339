package no.arshjul.cycle;

import no.arshjul.organisation.LevelType;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * "Beregn frister": turns HR's calendar into the dates the timers use and lists the sectors. The
 * year then waits for the mapping to open; {@link LaunchPlanner} plans the launch when it does.
 */
@Component("yearPlanner")
class YearPlanner implements JavaDelegate {

    static final String SECTORS = "sectors";
    static final String LAUNCH_BATCHES = "launchBatches";

    private final AnnualCycleRepository cycles;
    private final CycleService cycleService;
    private final OrganisationService organisation;

    YearPlanner(AnnualCycleRepository cycles, CycleService cycleService, OrganisationService organisation) {
        this.cycles = cycles;
        this.cycleService = cycleService;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Integer.parseInt(execution.getProcessBusinessKey());
        YearCalendar calendar = cycles.findByYear(year).orElseThrow(() -> new UnknownCycleException(year)).calendar();
        execution.setVariables(calendar.planVariables());
        execution.setVariable(SECTORS, json(organisation.unitCodesAt(LevelType.SEKTOR)));
        cycleService.advance(year, CycleStatus.WAITING);
    }

    /** JSON, not Java serialization: readable in Cockpit, and safe with Java serialization turned off. */
    static Object json(List<?> list) {
        return Variables.objectValue(list).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
