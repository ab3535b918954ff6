-- Separation of duties: a role takes effect only when a second person confirms it (RoleGrant).
-- A new login has no password until its first role is confirmed; then a start password, which
-- the login must replace at once. access_revision counts what ends the login's open sessions.
alter table staff_member alter column password_hash drop not null;
alter table staff_member add column password_must_change boolean default false not null;
alter table staff_member add column access_revision bigint default 0 not null;

create sequence role_grant_seq start with 1 increment by 50;
create table role_grant (
    id              bigint       not null primary key,
    staff_member_id bigint       not null references staff_member (id),
    role            varchar(32)  not null,
    status          varchar(16)  not null,
    requested_by    varchar(64)  not null,
    requested_at    timestamp(6) with time zone not null,
    decided_by      varchar(64),
    decided_at      timestamp(6) with time zone,
    version         bigint       not null
);
create index ix_role_grant_status on role_grant (status, staff_member_id);

-- Who confirmed a grant (or refused it), and which role an event is about.
alter table staff_event add column role varchar(32);
alter table staff_event add column confirmed_by varchar(64);
