-- Deadline reminders: one row per user task that has been reminded, so each task is reminded once,
-- whether by the generic reminder job or by a reminder timer in a model.
create table task_reminder (
    task_id     varchar(64) not null primary key,
    reminded_at timestamp   not null
);
