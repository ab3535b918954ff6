-- Provider reports about participants (append-only, corrections refer to the corrected report),
-- caseworkers' feedback after a participation, and fill requests to colleagues or teams.
create sequence provider_report_seq start with 1 increment by 50;
create sequence participation_feedback_seq start with 1 increment by 50;
create sequence fill_request_seq start with 1 increment by 50;
create sequence fill_request_answer_seq start with 1 increment by 50;

create table provider_report (
    id           bigint        not null primary key,
    placement_id bigint        not null references placement (id),
    kind         varchar(16)   not null,
    handling     varchar(16)   not null,
    reported_on  date          not null,
    text         varchar(2000) not null,
    assessment   varchar(1000),
    corrects_id  bigint references provider_report (id),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp(6) with time zone not null
);
create index ix_provider_report_placement on provider_report (placement_id, recorded_at);

create table participation_feedback (
    id            bigint        not null primary key,
    placement_id  bigint        not null references placement (id),
    measure_id    bigint        not null references measure (id),
    served        varchar(1000),
    did_not_serve varchar(1000),
    written_by    varchar(64)   not null,
    written_at    timestamp(6) with time zone not null
);
create index ix_participation_feedback_measure on participation_feedback (measure_id, written_at);

create table fill_request (
    id            bigint       not null primary key,
    entry_date_id bigint       not null references entry_date (id),
    team_id       bigint references team (id),
    colleague_id  bigint references staff_member (id),
    message       varchar(500),
    requested_by  varchar(64)  not null,
    created_at    timestamp(6) with time zone not null,
    closed_at     timestamp(6) with time zone,
    version       bigint       not null,
    constraint ck_fill_request_addressee check ((team_id is null) <> (colleague_id is null))
);
create index ix_fill_request_team on fill_request (team_id, closed_at);
create index ix_fill_request_colleague on fill_request (colleague_id, closed_at);
create index ix_fill_request_entry on fill_request (entry_date_id);

create table fill_request_answer (
    id              bigint      not null primary key,
    fill_request_id bigint      not null references fill_request (id),
    answer          varchar(24) not null,
    placement_id    bigint references placement (id),
    answered_by     varchar(64) not null,
    answered_at     timestamp(6) with time zone not null
);
create index ix_fill_request_answer_request on fill_request_answer (fill_request_id, answered_by);
