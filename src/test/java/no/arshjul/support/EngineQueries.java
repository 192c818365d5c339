package no.arshjul.support;

/** Queries as Camunda 7.24 sends them to PostgreSQL, with now() for its time parameters, to read their plans. */
public final class EngineQueries {

    /** The job executor's search for jobs that are due and not locked (Job.xml, selectNextJobsToExecute). */
    public static final String JOB_ACQUISITION = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ "
            + "from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now()) "
            + "and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1 "
            + "and ((RES.EXCLUSIVE_ = true and not exists (select J2.ID_ from ACT_RU_JOB J2 "
            + "where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true) "
            + "and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now()))) or RES.EXCLUSIVE_ = false) "
            + "limit 3 offset 0";

    private EngineQueries() {
    }
}
