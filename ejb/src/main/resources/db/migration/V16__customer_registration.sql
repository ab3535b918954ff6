-- Customers registered by hand (a person walks in before the benefits file has them): who did
-- it and when. Customers from the file or from before leave both empty.
alter table customer add column registered_by varchar(64);
alter table customer add column registered_at timestamp(6) with time zone;
