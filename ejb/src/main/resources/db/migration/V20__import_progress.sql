-- How far a running import of the benefits file has come, for the page's progress bar; written
-- in transactions of its own while the file's own transaction is still open, so any node can tell.
create table import_progress (
    token       varchar(36)  not null primary key,
    started_by  varchar(64)  not null,
    started_at  timestamp(6) with time zone not null,
    seen_before boolean      not null,
    rows_total  integer      not null,
    rows_done   integer      not null,
    run_id      bigint       references import_run (id),
    failed      boolean      not null,
    updated_at  timestamp(6) with time zone not null
);
create index ix_import_progress_started on import_progress (started_at);
