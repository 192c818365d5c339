package no.arshjul.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import static no.arshjul.EngineClock.OSLO;

/** Moving the engine's clock and firing what has come due, the way the job executor would. */
public final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    public static void clockAt(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(OSLO).toInstant()));
    }

    /** Executes every due job of the given processes (call activities make new instances); returns how many. */
    public static int fireDueJobsOf(ManagementService management, String... processDefinitionKeys) {
        int fired = 0;
        boolean any = true;
        while (any) {
            any = false;
            for (String key : processDefinitionKeys) {
                // executable(): retries left and due now or without a due date (async continuations)
                for (Job job : management.createJobQuery().processDefinitionKey(key).executable().list()) {
                    management.executeJob(job.getId());
                    fired++;
                    any = true;
                }
            }
        }
        return fired;
    }

    /** Removes a test year's running processes, so other tests sharing the context do not see its tasks. */
    public static void deleteYear(org.camunda.bpm.engine.RuntimeService runtime, int year) {
        for (String key : List.of("annual-cycle", "launch-batch", "competence-mapping", "appraisal-talk", "skup", "plan-evaluation")) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
                    .filter(p -> p.getBusinessKey() != null && (p.getBusinessKey().equals(String.valueOf(year))
                            || p.getBusinessKey().startsWith(year + ":")))
                    .forEach(p -> runtime.deleteProcessInstanceIfExists(p.getId(), "test cleanup", true, true, true, true));
        }
    }

    /** Executes every job of the instance that is due at the engine's current time; returns how many. */
    public static int fireDueJobs(ManagementService management, String processInstanceId) {
        int fired = 0;
        List<Job> due;
        while (!(due = management.createJobQuery().processInstanceId(processInstanceId).executable().list()).isEmpty()) {
            for (Job job : due) {
                management.executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }
}
