-- Competence that accumulates (issue 13, item 2): a mapping starts from the profile and is merged into
-- it. Real competence keeps the employee's own words; an entry the employee ends stays as history,
-- marked ended, instead of being deleted.
alter table competence_holding add column description varchar(4000);
alter table competence_holding add column ended_on date;
alter table competence_holding add column ended_by varchar(64);

-- Which expiry reminders have been sent: one per holding and valid-until date, so a renewed
-- certificate (a new date) is reminded of again, and the same expiry never twice, on any node.
create table competence_expiry_reminder (
    holding_id  bigint    not null references competence_holding (id) on delete cascade,
    valid_until date      not null,
    sent_at     timestamp not null,
    primary key (holding_id, valid_until)
);
