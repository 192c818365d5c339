-- Whether people may log in with a local password (form, HTTP Basic, Camunda's log-in), set by HR
-- once single sign-on works; camunda-admin keeps its password as break-glass whatever this says.
create table login_setting (
    id                   integer     primary key,
    local_log_in_enabled boolean     not null,
    changed_by           varchar(64),
    changed_at           timestamp
);
insert into login_setting (id, local_log_in_enabled) values (1, true);
