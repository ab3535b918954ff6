-- Wrong passwords are throttled instead of locking the login (see LoginThrottle): counts per key
-- (one login from one client, one login from untrusted clients, one address), each with the time
-- until which its next attempt must wait. Keys are typed names, whether or not the login exists.
create sequence login_throttle_seq start with 1 increment by 50;
create table login_throttle (
    id              bigint       not null primary key,
    kind            varchar(16)  not null,
    username        varchar(64)  not null,
    client          varchar(80)  not null,
    failures        integer      not null,
    last_failure_at timestamp(6) with time zone,
    wait_until      timestamp(6) with time zone,
    constraint uk_login_throttle unique (kind, username, client)
);
create index ix_login_throttle_username on login_throttle (username);
create index ix_login_throttle_last_failure on login_throttle (last_failure_at);

-- Browsers a login logged in from: SHA-256 of the random token in their device cookie.
create sequence trusted_device_seq start with 1 increment by 50;
create table trusted_device (
    id            bigint      not null primary key,
    username      varchar(64) not null,
    token_hash    varchar(64) not null,
    trusted_at    timestamp(6) with time zone not null,
    last_login_at timestamp(6) with time zone not null,
    constraint uk_trusted_device unique (username, token_hash)
);

-- The hard lock goes: anyone could lock anyone out with five wrong passwords.
alter table staff_member drop column failed_logins;
alter table staff_member drop column last_failed_login;
alter table staff_member drop column login_locked_until;
