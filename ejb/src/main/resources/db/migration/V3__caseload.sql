-- Customers and their case: support mode history, availability reasons, counselling notes,
-- follow-ups, contacts, cooperation plans, and deputy arrangements between caseworkers.
create sequence customer_seq start with 1 increment by 50;
create sequence support_mode_change_seq start with 1 increment by 50;
create sequence availability_reason_seq start with 1 increment by 50;
create sequence counselling_note_seq start with 1 increment by 50;
create sequence follow_up_seq start with 1 increment by 50;
create sequence contact_seq start with 1 increment by 50;
create sequence cooperation_plan_seq start with 1 increment by 50;
create sequence deputy_seq start with 1 increment by 50;

create table customer (
    id              bigint       not null primary key,
    customer_number varchar(10)  not null,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    birth_date      date         not null,
    phone           varchar(30),
    email           varchar(254),
    support_mode    varchar(16)  not null,
    mandate_status  varchar(16)  not null,
    mandate_on      date,
    mandate_goals   varchar(2000),
    profile         varchar(16),
    caseworker_id   bigint       not null references staff_member (id),
    last_contact_at timestamp(6) with time zone,
    next_due_on     date,
    version         bigint       not null,
    constraint uk_customer_number unique (customer_number)
);
create index ix_customer_caseworker_name on customer (caseworker_id, last_name, first_name);
create index ix_customer_caseworker_contact on customer (caseworker_id, last_contact_at);
create index ix_customer_caseworker_due on customer (caseworker_id, next_due_on);
create index ix_customer_phone on customer (phone);

create table support_mode_change (
    id          bigint       not null primary key,
    customer_id bigint       not null references customer (id),
    mode        varchar(16)  not null,
    changed_on  date         not null,
    reason      varchar(500) not null,
    changed_by  varchar(64)  not null
);
create index ix_support_mode_change_customer on support_mode_change (customer_id, changed_on);

create table availability_reason (
    id          bigint       not null primary key,
    customer_id bigint       not null references customer (id),
    kind        varchar(32)  not null,
    note        varchar(500),
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null,
    constraint ck_availability_reason_period check (valid_to is null or valid_to >= valid_from)
);
create index ix_availability_reason_customer on availability_reason (customer_id, kind);

create table counselling_note (
    id          bigint        not null primary key,
    customer_id bigint        not null references customer (id),
    written_at  timestamp(6) with time zone not null,
    author      varchar(64)   not null,
    text        varchar(4000) not null,
    corrects_id bigint references counselling_note (id)
);
create index ix_counselling_note_customer on counselling_note (customer_id, written_at);

create table follow_up (
    id          bigint       not null primary key,
    customer_id bigint       not null references customer (id),
    kind        varchar(16)  not null,
    title       varchar(200) not null,
    due_on      date         not null,
    created_by  varchar(64)  not null,
    done_at     timestamp(6) with time zone,
    done_by     varchar(64),
    version     bigint       not null
);
create index ix_follow_up_customer on follow_up (customer_id, done_at, due_on);

create table contact (
    id               bigint        not null primary key,
    customer_id      bigint        not null references customer (id),
    channel          varchar(16)   not null,
    occurred_at      timestamp(6) with time zone not null,
    duration_minutes integer,
    topic            varchar(200)  not null,
    note             varchar(2000),
    recorded_by      varchar(64)   not null
);
create index ix_contact_customer on contact (customer_id, occurred_at);
create index ix_contact_recorded_by on contact (recorded_by, occurred_at);

create table cooperation_plan (
    id              bigint        not null primary key,
    customer_id     bigint        not null references customer (id),
    version_no      integer       not null,
    goal            varchar(1000) not null,
    customer_steps  varchar(2000) not null,
    jobcenter_steps varchar(2000) not null,
    agreed_on       date          not null,
    review_on       date          not null,
    created_by      varchar(64)   not null,
    created_at      timestamp(6) with time zone not null,
    constraint uk_cooperation_plan_version unique (customer_id, version_no)
);

create table deputy (
    id         bigint      not null primary key,
    absent_id  bigint      not null references staff_member (id),
    deputy_id  bigint      not null references staff_member (id),
    from_date  date        not null,
    to_date    date        not null,
    created_by varchar(64) not null,
    constraint ck_deputy_period check (to_date >= from_date),
    constraint ck_deputy_not_self check (absent_id <> deputy_id)
);
create index ix_deputy_deputy on deputy (deputy_id, from_date, to_date);
create index ix_deputy_absent on deputy (absent_id, from_date, to_date);
