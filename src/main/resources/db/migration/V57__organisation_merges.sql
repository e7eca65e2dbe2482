-- directory: an organisation that registered itself on the join page waits for the ERB lead to confirm
-- it or merge it into the one it duplicates (needs_confirmation); a merged organisation is retired
-- (inactive) and points at the one kept (merged_into), so that its past keeps a source.
alter table organisation add column needs_confirmation boolean default false not null;
alter table organisation add column merged_into bigint references organisation (id);
