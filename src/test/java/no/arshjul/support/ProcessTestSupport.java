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

    /** Executes every job of the instance that is due at the engine's current time; returns how many. */
    public static int fireDueJobs(ManagementService management, String processInstanceId) {
        int fired = 0;
        List<Job> due;
        while (!(due = management.createJobQuery().processInstanceId(processInstanceId).executable()
                .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list()).isEmpty()) {
            for (Job job : due) {
                management.executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }
}
