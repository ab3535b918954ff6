-- The household (Bedarfsgemeinschaft) a customer belongs to, by the benefits side's BG number:
-- the case file names the other members its reader may see, the caller lookup the household.
alter table customer add column household_number varchar(14);
create index ix_customer_household on customer (household_number);
