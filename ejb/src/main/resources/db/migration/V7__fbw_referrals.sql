-- Referrals to further vocational training (FbW), which the Arbeitsagentur approves and pays,
-- with the steps of each referral.
create sequence fbw_referral_seq start with 1 increment by 50;
create sequence fbw_step_seq start with 1 increment by 50;

create table fbw_referral (
    id               bigint       not null primary key,
    customer_id      bigint       not null references customer (id),
    goal             varchar(300) not null,
    course           varchar(200),
    status           varchar(16)  not null,
    referred_on      date         not null,
    course_starts_on date,
    course_ends_on   date,
    created_by       varchar(64)  not null,
    version          bigint       not null,
    constraint ck_fbw_course check (course_ends_on is null or course_starts_on is null or course_ends_on >= course_starts_on)
);
create index ix_fbw_referral_customer on fbw_referral (customer_id);
create index ix_fbw_referral_status on fbw_referral (status);

create table fbw_step (
    id          bigint      not null primary key,
    referral_id bigint      not null references fbw_referral (id),
    status      varchar(16) not null,
    step_on     date        not null,
    recorded_by varchar(64) not null
);
create index ix_fbw_step_referral on fbw_step (referral_id, step_on);
