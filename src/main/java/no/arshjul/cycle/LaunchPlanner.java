package no.arshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Finn alle medarbeidere", when the mapping opens: plans the launch in batches from the people
 * employed that day (so those hired while the year waited are in it) and marks the year launching,
 * from which moment people hired later are started at once ({@link NewcomerLaunch}).
 */
@Component("launchPlanner")
class LaunchPlanner implements JavaDelegate {

    private final CycleLaunchService launch;
    private final CycleService cycleService;

    LaunchPlanner(CycleLaunchService launch, CycleService cycleService) {
        this.launch = launch;
        this.cycleService = cycleService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Integer.parseInt(execution.getProcessBusinessKey());
        execution.setVariable(YearPlanner.LAUNCH_BATCHES, YearPlanner.json(launch.plan(year)));
        cycleService.advance(year, CycleStatus.LAUNCHING);
    }
}
