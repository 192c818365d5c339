-- The day a person stopped being active (set by the import), so their data can be deleted a
-- configured time later (arshjul.retention.leaver-days). People already inactive when this runs
-- start counting from the upgrade: when they left is not known.
alter table employee add column inactive_since date;
update employee set inactive_since = current_date where active = false;
create index ix_employee_inactive_since on employee (inactive_since);
