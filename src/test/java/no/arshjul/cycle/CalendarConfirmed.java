package no.arshjul.cycle;

import no.arshjul.support.Engine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;

import java.util.List;

import static no.arshjul.support.ProcessTestSupport.fireDueJobs;

/** HR starts a year with the default calendar and confirms it; the launch is planned on the mapping's opening day. */
final class CalendarConfirmed {

    private CalendarConfirmed() {
    }

    /** Call with the engine's clock on or after the mapping's opening day, so the launch is planned. */
    static void startYear(int year, CycleService cycles, IdentityService identityService, TaskService taskService,
                          ManagementService managementService) {
        List<String> hr = List.of("hr", "employee");
        String id = Engine.as(identityService, "hege", hr,
                () -> cycles.start(YearCalendar.defaultsFor(year), "hege").getProcessInstanceId());
        Engine.as(identityService, "hege", hr, () -> taskService.complete(taskService.createTaskQuery()
                .processInstanceId(id).singleResult().getId(), YearCalendar.defaultsFor(year).formValues()));
        fireDueJobs(managementService, id);
    }
}
