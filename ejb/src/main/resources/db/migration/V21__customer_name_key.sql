-- Last and first name as searches compare them (NameKey: lower case, accents and umlauts folded),
-- so that the lookup box and the caseload find "Öztürk" typed as "Ozturk". Filled by nahbar
-- itself for customers from before (NameKeyBackfill), the same fold as for every new name.
alter table customer add column name_key varchar(410);
