-- Provider relations: master data and certification of providers, their staff, visits, quality
-- observations and deficiencies with append-only entries (evidence, status changes, escalation,
-- passing on) and evidence files.
create sequence provider_contact_seq start with 1 increment by 50;
create sequence provider_visit_seq start with 1 increment by 50;
create sequence quality_observation_seq start with 1 increment by 50;
create sequence deficiency_seq start with 1 increment by 50;
create sequence deficiency_entry_seq start with 1 increment by 50;

alter table provider add column email varchar(120);
alter table provider add column certification varchar(60);
alter table provider add column certified_by varchar(200);
alter table provider add column certified_until date;

create table provider_contact (
    id          bigint       not null primary key,
    provider_id bigint       not null references provider (id),
    name        varchar(120) not null,
    job_function varchar(120),
    phone       varchar(30),
    email       varchar(120),
    active      boolean      not null,
    version     bigint       not null
);
create index ix_provider_contact_provider on provider_contact (provider_id);

create table provider_contact_measure (
    contact_id bigint not null references provider_contact (id),
    measure_id bigint not null references measure (id),
    primary key (contact_id, measure_id)
);

create table provider_visit (
    id              bigint        not null primary key,
    provider_id     bigint        not null references provider (id),
    visited_on      date          not null,
    impressions     varchar(4000) not null,
    agreements      varchar(2000),
    next_steps      varchar(2000),
    follow_up_on    date,
    follow_up_by    varchar(64),
    follow_up_done  timestamp(6) with time zone,
    recorded_by     varchar(64)   not null,
    recorded_at     timestamp(6) with time zone not null,
    version         bigint        not null,
    constraint ck_visit_follow_up check (follow_up_on is null or (next_steps is not null and follow_up_by is not null))
);
create index ix_provider_visit_provider on provider_visit (provider_id, visited_on);
create index ix_provider_visit_follow_up on provider_visit (follow_up_by, follow_up_on);

create table provider_visit_visitor (
    visit_id        bigint not null references provider_visit (id),
    staff_member_id bigint not null references staff_member (id),
    primary key (visit_id, staff_member_id)
);

create table provider_visit_contact (
    visit_id   bigint not null references provider_visit (id),
    contact_id bigint not null references provider_contact (id),
    primary key (visit_id, contact_id)
);

create table provider_visit_measure (
    visit_id   bigint not null references provider_visit (id),
    measure_id bigint not null references measure (id),
    primary key (visit_id, measure_id)
);

create table quality_observation (
    id           bigint        not null primary key,
    provider_id  bigint        not null references provider (id),
    measure_id   bigint references measure (id),
    placement_id bigint references placement (id),
    tone         varchar(16)   not null,
    observed_on  date          not null,
    text         varchar(2000) not null,
    corrects_id  bigint references quality_observation (id),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp(6) with time zone not null,
    constraint ck_observation_placement check (placement_id is null or measure_id is not null)
);
create index ix_observation_provider on quality_observation (provider_id, recorded_at);
create index ix_observation_measure on quality_observation (measure_id, recorded_at);

create table deficiency (
    id             bigint        not null primary key,
    provider_id    bigint        not null references provider (id),
    category       varchar(32)   not null,
    description    varchar(4000) not null,
    status         varchar(16)   not null,
    deadline       date          not null,
    escalation     varchar(16),
    overdue_since  date,
    owner          varchar(64)   not null,
    opened_at      timestamp(6) with time zone not null,
    version        bigint        not null
);
create index ix_deficiency_provider on deficiency (provider_id, status);
create index ix_deficiency_deadline on deficiency (status, deadline);

create table deficiency_measure (
    deficiency_id bigint not null references deficiency (id),
    measure_id    bigint not null references measure (id),
    primary key (deficiency_id, measure_id)
);

create table deficiency_placement (
    deficiency_id bigint not null references deficiency (id),
    placement_id  bigint not null references placement (id),
    primary key (deficiency_id, placement_id)
);

create table deficiency_observation (
    deficiency_id  bigint not null references deficiency (id),
    observation_id bigint not null references quality_observation (id),
    primary key (deficiency_id, observation_id)
);

create table deficiency_entry (
    id            bigint        not null primary key,
    deficiency_id bigint        not null references deficiency (id),
    kind          varchar(16)   not null,
    text          varchar(4000) not null,
    status        varchar(16),
    escalation    varchar(16),
    passed_on_to  varchar(32),
    deadline      date,
    corrects_id   bigint references deficiency_entry (id),
    file_name     varchar(120),
    content_type  varchar(40),
    file_size     integer,
    author        varchar(64)   not null,
    recorded_at   timestamp(6) with time zone not null,
    constraint ck_entry_file check ((file_name is null) = (content_type is null) and (file_name is null) = (file_size is null))
);
create index ix_deficiency_entry_deficiency on deficiency_entry (deficiency_id, recorded_at);

-- the bytes of an evidence file, apart from its entry so that lists never load them
create table evidence_file (
    entry_id bigint not null primary key references deficiency_entry (id),
    content  bytea  not null
);
