-- Indexes Camunda does not create for the queries Årshjul runs most: the inbox, the engine REST
-- task list, the overviews. Created by engine/EngineIndexesPlugin after the engine has made its
-- ACT_* tables (Flyway runs before that on a new database), on PostgreSQL only; IF NOT EXISTS, so
-- every start-up may run this file again. Names start with ARSHJUL_ to tell them from Camunda's.

-- A person's tasks, newest first (inbox, GET /engine-rest/task?assignee=...&sortBy=created).
create index if not exists arshjul_idx_task_assignee_created on act_ru_task (assignee_, create_time_);

-- The authorization check of every task query: the caller's own grants, and their groups', on one
-- resource type, joined on the resource id (a task's id or '*').
create index if not exists arshjul_idx_auth_user_resource on act_ru_authorization (user_id_, resource_type_, resource_id_, perms_)
    where user_id_ is not null;
create index if not exists arshjul_idx_auth_group_resource on act_ru_authorization (group_id_, resource_type_, resource_id_, perms_)
    where group_id_ is not null;

-- Unclaimed group tasks: the candidate links of a set of groups, to their tasks.
create index if not exists arshjul_idx_identitylink_group_task on act_ru_identitylink (group_id_, type_, task_id_)
    where task_id_ is not null;

-- Process instances by business key ('2027:10004'): only the instances themselves, not their child executions.
create index if not exists arshjul_idx_execution_instance_business_key on act_ru_execution (business_key_, proc_def_id_)
    where parent_id_ is null;

-- Ending or removing a process instance asks, for each of its tasks, for the task's sub-tasks. Without
-- this index each question read all open tasks (100,000 at 50,000 people): 20 ms per task removed.
create index if not exists arshjul_idx_task_parent on act_ru_task (parent_task_id_)
    where parent_task_id_ is not null;

-- The job executor's search for the jobs that are due, every few seconds on every node. Camunda has no
-- index for it, so each search read every job: a year's reminders and deadlines are two timers per
-- case (200,000 at 50,000 people), due weeks or months ahead, and a launch searched 200 times. A job
-- to run at once has no due date; PostgreSQL finds those in this index too ("is null").
create index if not exists arshjul_idx_job_due on act_ru_job (duedate_);
