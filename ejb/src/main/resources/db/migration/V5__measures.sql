-- Measures as products: providers (minimal), the catalogue, entry dates with their places,
-- proposals with informed consent, placements from waiting list to the end of participation
-- with their history, and notices that land on a caseworker's Mein Tag.
create sequence provider_seq start with 1 increment by 50;
create sequence measure_seq start with 1 increment by 50;
create sequence entry_date_seq start with 1 increment by 50;
create sequence proposal_seq start with 1 increment by 50;
create sequence placement_seq start with 1 increment by 50;
create sequence placement_event_seq start with 1 increment by 50;
create sequence notice_seq start with 1 increment by 50;

create table provider (
    id      bigint       not null primary key,
    name    varchar(200) not null,
    address varchar(300),
    phone   varchar(30),
    version bigint       not null,
    constraint uk_provider_name unique (name)
);

create table measure (
    id                    bigint        not null primary key,
    number                varchar(30)   not null,
    title                 varchar(200)  not null,
    legal_basis           varchar(16)   not null,
    content               varchar(4000) not null,
    target_group          varchar(32)   not null,
    location              varchar(200)  not null,
    provider_id           bigint        not null references provider (id),
    contract_number       varchar(60),
    lot                   varchar(30),
    min_occupancy         integer       not null,
    max_places            integer       not null,
    price_per_place_month numeric(9, 2) not null,
    duration_weeks        integer       not null,
    entry_mode            varchar(16)   not null,
    starts_on             date          not null,
    ends_on               date          not null,
    status                varchar(16)   not null,
    hold_working_days     integer       not null,
    deputy_coordinator_id bigint references staff_member (id),
    version               bigint        not null,
    constraint uk_measure_number unique (number),
    constraint ck_measure_places check (min_occupancy >= 0 and max_places >= 1 and min_occupancy <= max_places),
    constraint ck_measure_period check (ends_on >= starts_on)
);
create index ix_measure_provider on measure (provider_id);
create index ix_measure_basis on measure (legal_basis, status);

create table measure_coordinator (
    measure_id      bigint not null references measure (id),
    staff_member_id bigint not null references staff_member (id),
    primary key (measure_id, staff_member_id)
);
create index ix_measure_coordinator_member on measure_coordinator (staff_member_id);

-- taken: placements that hold a place, changed only by conditional updates; the check is the
-- database's own guarantee that no code path can overbook an entry date.
create table entry_date (
    id         bigint  not null primary key,
    measure_id bigint  not null references measure (id),
    entry_on   date    not null,
    places     integer not null,
    allowance  integer not null,
    taken      integer default 0 not null,
    version    bigint  not null,
    constraint uk_entry_date unique (measure_id, entry_on),
    constraint ck_entry_date_taken check (places >= 0 and allowance >= 0 and taken >= 0 and taken <= places + allowance)
);

create table proposal (
    id                 bigint       not null primary key,
    customer_id        bigint       not null references customer (id),
    measure_id         bigint       not null references measure (id),
    outcome            varchar(16)  not null,
    conversation_on    date         not null,
    informed_content   boolean      not null,
    informed_provider  boolean      not null,
    informed_voluntary boolean      not null,
    plan_goal          varchar(1000),
    note               varchar(2000),
    follow_up_on       date,
    created_by         varchar(64)  not null,
    created_at         timestamp(6) with time zone not null,
    withdrawn_on       date,
    withdrawn_by       varchar(64),
    version            bigint       not null,
    constraint ck_proposal_consent check (outcome <> 'CONSENT' or (informed_content and informed_provider and informed_voluntary))
);
create index ix_proposal_customer on proposal (customer_id, measure_id);

create table placement (
    id            bigint       not null primary key,
    customer_id   bigint       not null references customer (id),
    measure_id    bigint       not null references measure (id),
    entry_date_id bigint       not null references entry_date (id),
    proposal_id   bigint       not null references proposal (id),
    status        varchar(16)  not null,
    hold_until    timestamp(6) with time zone,
    queued_at     timestamp(6) with time zone not null,
    status_reason varchar(500),
    changed_at    timestamp(6) with time zone not null,
    created_by    varchar(64)  not null,
    version       bigint       not null
);
create index ix_placement_entry on placement (entry_date_id, status, queued_at);
create index ix_placement_customer on placement (customer_id);
create index ix_placement_measure on placement (measure_id, status);
create index ix_placement_hold on placement (status, hold_until);

create table placement_event (
    id           bigint       not null primary key,
    placement_id bigint       not null references placement (id),
    status       varchar(16)  not null,
    reason       varchar(500),
    changed_by   varchar(64)  not null,
    changed_at   timestamp(6) with time zone not null
);
create index ix_placement_event_placement on placement_event (placement_id, changed_at);

create table notice (
    id          bigint       not null primary key,
    customer_id bigint       not null references customer (id),
    kind        varchar(32)  not null,
    text        varchar(500) not null,
    created_at  timestamp(6) with time zone not null,
    read_at     timestamp(6) with time zone,
    read_by     varchar(64),
    version     bigint       not null
);
create index ix_notice_customer on notice (customer_id, read_at);
