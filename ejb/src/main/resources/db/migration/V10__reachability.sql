-- Reachability: addresses for letters, phone numbers in one canonical form for finding callers,
-- callbacks with a time window, calls with their topic, invitations and their letters, each
-- caseworker's own settings and trials, and the responsibility directory for referrals.

alter table customer add column phone_key varchar(20);
alter table customer add column street varchar(100);
alter table customer add column postal_code varchar(5);
alter table customer add column city varchar(100);
-- the canonical form of the numbers already stored (see PhoneNumber): separators out, 0049 and 0 to +49
update customer set phone_key = case
        when translate(phone, ' /()-.', '') like '+%' then translate(phone, ' /()-.', '')
        when translate(phone, ' /()-.', '') like '00%' then '+' || substring(translate(phone, ' /()-.', ''), 3)
        when translate(phone, ' /()-.', '') like '0%' then '+49' || substring(translate(phone, ' /()-.', ''), 2)
    end
    where phone is not null;
create index ix_customer_phone_key on customer (phone_key);

alter table follow_up add column due_at timestamp(6) with time zone;
alter table follow_up add column done_note varchar(500);

alter table contact add column call_topic varchar(24);
alter table contact add column referred_to varchar(500);

create sequence appointment_seq start with 1 increment by 50;
create table appointment (
    id              bigint        not null primary key,
    customer_id     bigint        not null references customer (id),
    starts_at       timestamp(6)  not null,
    mode            varchar(16)   not null,
    place           varchar(200),
    purpose         varchar(1000) not null,
    bring           varchar(1000),
    invited_by      varchar(64)   not null,
    invited_at      timestamp(6) with time zone not null,
    outcome         varchar(24),
    outcome_note    varchar(1000),
    hearing_offered boolean       not null,
    outcome_by      varchar(64),
    outcome_at      timestamp(6) with time zone,
    version         bigint        not null
);
create index ix_appointment_customer on appointment (customer_id, starts_at);

-- the letters as sent, never changed
create sequence customer_letter_seq start with 1 increment by 50;
create table customer_letter (
    id             bigint       not null primary key,
    customer_id    bigint       not null references customer (id),
    appointment_id bigint       references appointment (id),
    subject        varchar(200) not null,
    written_by     varchar(64)  not null,
    written_at     timestamp(6) with time zone not null,
    pdf            bytea        not null
);
create index ix_customer_letter_customer on customer_letter (customer_id, written_at);

create sequence reachability_settings_seq start with 1 increment by 50;
create table reachability_settings (
    id              bigint       not null primary key,
    staff_member_id bigint       not null unique references staff_member (id),
    direct_dial     varchar(30),
    publish_phone   boolean      not null,
    publish_email   boolean      not null,
    phone_hours     varchar(200),
    version         bigint       not null
);

create sequence reachability_consent_seq start with 1 increment by 50;
create table reachability_consent (
    id              bigint      not null primary key,
    staff_member_id bigint      not null references staff_member (id),
    direct_dial     varchar(20),
    email           boolean     not null,
    decided_by      varchar(64) not null,
    decided_at      timestamp(6) with time zone not null
);
create index ix_reachability_consent_staff on reachability_consent (staff_member_id, decided_at);

create sequence reachability_trial_seq start with 1 increment by 50;
create table reachability_trial (
    id              bigint        not null primary key,
    staff_member_id bigint        not null references staff_member (id),
    started_on      date          not null,
    planned_end_on  date          not null,
    ended_on        date,
    reflection      varchar(4000),
    share_figures   boolean       not null,
    version         bigint        not null
);
create index ix_reachability_trial_staff on reachability_trial (staff_member_id, started_on);

create sequence responsibility_seq start with 1 increment by 50;
create table responsibility (
    id      bigint        not null primary key,
    topic   varchar(100)  not null unique,
    unit    varchar(200)  not null,
    phone   varchar(30),
    email   varchar(254),
    hours   varchar(200),
    note    varchar(1000),
    version bigint        not null
);

-- a caseworker's own trial figures read their calls (ix_contact_recorded_by) and their callbacks
create index ix_follow_up_created_by on follow_up (created_by, kind, due_on);
