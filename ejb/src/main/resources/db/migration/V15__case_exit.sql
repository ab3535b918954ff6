-- A customer leaves the Jobcenter's care: the case closes on a day, for a reason, recorded by
-- someone. Closed cases leave every list and count but stay readable until their retention ends.
alter table customer add column closed_on date;
alter table customer add column exit_reason varchar(24);
alter table customer add column closed_by varchar(64);
alter table customer add constraint ck_customer_exit
    check ((closed_on is null and exit_reason is null and closed_by is null)
        or (closed_on is not null and exit_reason is not null and closed_by is not null));

-- Every closing, and its reopening when the customer comes back under the same number.
create sequence case_exit_seq start with 1 increment by 50;
create table case_exit (
    id          bigint      not null primary key,
    customer_id bigint      not null references customer (id),
    closed_on   date        not null,
    reason      varchar(24) not null,
    recorded_by varchar(64) not null,
    recorded_at timestamp(6) with time zone not null,
    reopened_by varchar(64),
    reopened_at timestamp(6) with time zone
);
create index ix_case_exit_customer on case_exit (customer_id);
