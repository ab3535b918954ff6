-- The benefits side's daily file brings customers in, changes them and closes their cases.

-- When benefits began, as the file says (Leistungsbeginn).
alter table customer add column benefits_since date;

-- Who takes new customers from the file: a caseworker, for surnames from one letter to another,
-- optionally only for postal codes beginning with a prefix. The caseworker's team decides the age
-- (a U25 team takes those under 25, the others those from 25).
create sequence assignment_rule_seq start with 1 increment by 50;
create table assignment_rule (
    id            bigint      not null primary key,
    caseworker_id bigint      not null references staff_member (id),
    letter_from   char(1)     not null,
    letter_to     char(1)     not null,
    postal_prefix varchar(5),
    created_by    varchar(64) not null,
    created_at    timestamp(6) with time zone not null,
    constraint ck_assignment_rule_letters check (letter_from <= letter_to)
);
create index ix_assignment_rule_caseworker on assignment_rule (caseworker_id);

-- Every run of the file: who, when, which file, what it did, and every refused row.
create sequence import_run_seq start with 1 increment by 50;
create table import_run (
    id            bigint      not null primary key,
    started_by    varchar(64) not null,
    started_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone not null,
    file_name     varchar(255) not null,
    file_sha256   char(64)    not null,
    kind          varchar(8)  not null,
    mode          varchar(16) not null,
    applied       boolean     not null,
    rows_total    integer     not null,
    created       integer     not null,
    changed       integer     not null,
    unchanged     integer     not null,
    closed        integer     not null,
    reopened      integer     not null,
    refused       integer     not null,
    missing       integer     not null
);
create index ix_import_run_sha on import_run (file_sha256);

create table import_refusal (
    run_id          bigint       not null references import_run (id),
    position        integer      not null,
    row_number      integer      not null,
    customer_number varchar(10),
    reason_key      varchar(80)  not null,
    detail          varchar(200),
    primary key (run_id, position)
);
