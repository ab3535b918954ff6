-- The login lockout lives with the login, where the realm's query sees it and an administrator
-- can lift it (see LoginFailures); the realm refuses a login while login_locked_until lies ahead.
alter table staff_member add column failed_logins integer default 0 not null;
alter table staff_member add column last_failed_login timestamp(6) with time zone;
alter table staff_member add column login_locked_until timestamp(6) with time zone;

-- What happened to a login, append-only: locked after wrong passwords, unlocked by whom,
-- created by whom. The administrators' record for the auditor.
create sequence staff_event_seq start with 1 increment by 50;
create table staff_event (
    id              bigint        not null primary key,
    username        varchar(64)   not null,
    kind            varchar(16)   not null,
    occurred_at     timestamp(6) with time zone not null,
    actor           varchar(64)
);
create index ix_staff_event_username on staff_event (username, occurred_at);
