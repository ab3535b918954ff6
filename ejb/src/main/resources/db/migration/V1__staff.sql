-- Teams, staff and their roles. Portable between PostgreSQL and H2 in PostgreSQL mode.
create sequence team_seq start with 1 increment by 50;
create sequence staff_member_seq start with 1 increment by 50;

create table team (
    id      bigint       not null primary key,
    name    varchar(100) not null,
    version bigint       not null,
    constraint uk_team_name unique (name)
);

create table staff_member (
    id            bigint       not null primary key,
    username      varchar(64)  not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    email         varchar(254),
    password_hash varchar(200) not null,
    active        boolean      not null,
    team_id       bigint references team (id),
    version       bigint       not null,
    constraint uk_staff_member_username unique (username)
);
create index ix_staff_member_team on staff_member (team_id);
create index ix_staff_member_last_name on staff_member (last_name, first_name);

create table staff_role (
    staff_member_id bigint      not null references staff_member (id),
    role            varchar(32) not null,
    primary key (staff_member_id, role)
);
