-- Who read which case when and why. Append-only: nahbar never updates or deletes rows here
-- (retention deletes come with the retention capability and are logged themselves).
create sequence access_log_seq start with 1 increment by 50;

create table access_log (
    id          bigint       not null primary key,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(64)  not null,
    case_ref    varchar(20)  not null,
    purpose     varchar(64)  not null,
    reason      varchar(500)
);
create index ix_access_log_occurred_at on access_log (occurred_at);
create index ix_access_log_actor on access_log (actor, occurred_at);
create index ix_access_log_case on access_log (case_ref, occurred_at);
