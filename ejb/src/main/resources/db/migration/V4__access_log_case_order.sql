-- The case file shows the newest openings of a case: where case_ref = ? order by occurred_at desc,
-- id desc, limit 100. An index that covers the whole order lets PostgreSQL read those rows
-- backwards and stop, however many entries a case has gathered; on (case_ref, occurred_at) alone
-- the plan depended on estimates and, for a case opened thousands of times, sorted all entries.
create index ix_access_log_case_order on access_log (case_ref, occurred_at, id);
drop index ix_access_log_case;
