-- The bootstrap's initial password must be changed at first log-in; demo passwords need not be.
alter table user_credential add column must_change boolean default false not null;
