-- Mail goes out from the notification table (NotificationMailer): a notice waits here, with
-- sent_at empty, until a node has claimed it and its mail has gone. A claim lapses after five
-- minutes, so a mail that failed is tried again, three times in all.
alter table notification add column mail_attempts integer default 0 not null;
alter table notification add column mail_claimed_at timestamp;
-- the notices still to be mailed, oldest first: a poll reads the first page of the last day's and stops
create index ix_notification_waiting on notification (sent_at, created_at, id);
