-- When each timer last ran to its end without error: the age is a metric operations alert on.
create table timer_run (
    name varchar(100) primary key,
    last_success_at timestamp(6) with time zone not null
);
