-- The organisation as records the administrators keep: the Jobcenter itself (one row, the
-- letterhead of every letter), its locations, and each team's kind and location.
create table jobcenter (
    id            bigint       not null primary key,
    name          varchar(100) not null,
    office_number varchar(20),
    street        varchar(100) not null,
    postal_code   varchar(5)   not null,
    city          varchar(100) not null,
    phone         varchar(40)  not null,
    email         varchar(254) not null,
    web           varchar(200),
    version       bigint       not null,
    constraint ck_jobcenter_one_row check (id = 1)
);

create sequence location_seq start with 1 increment by 50;
create table location (
    id          bigint       not null primary key,
    name        varchar(100) not null,
    street      varchar(100),
    postal_code varchar(5),
    city        varchar(100),
    version     bigint       not null,
    constraint uk_location_name unique (name)
);

alter table team add column kind varchar(32) default 'OTHER' not null;
alter table team add column location_id bigint references location (id);
create index ix_team_location on team (location_id);
-- teams that existed before say their kind in their name, as Jobcenters name them
update team set kind = case
    when upper(name) like '%U25%' or upper(name) like '%U 25%' then 'U25'
    when upper(name) like '%FALLMANAGEMENT%' then 'CASE_MANAGEMENT'
    when upper(name) like '%MARKT%' or upper(name) like '%INTEGRATION%' then 'MARKET_INTEGRATION'
    when upper(name) like '%REHA%' then 'REHABILITATION'
    when upper(name) like '%SELBST%' then 'SELF_EMPLOYED'
    else 'OTHER' end;
