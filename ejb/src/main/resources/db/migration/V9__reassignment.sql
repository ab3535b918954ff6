-- Customers handed from one caseworker to another by the team lead, with the reason: history, never edited.
create sequence reassignment_seq start with 1 increment by 50;

create table reassignment (
    id                 bigint       not null primary key,
    customer_id        bigint       not null references customer (id),
    from_caseworker_id bigint       not null references staff_member (id),
    to_caseworker_id   bigint       not null references staff_member (id),
    reason             varchar(500) not null,
    reassigned_by      varchar(64)  not null,
    reassigned_at      timestamp(6) with time zone not null
);
create index ix_reassignment_customer on reassignment (customer_id, reassigned_at);
