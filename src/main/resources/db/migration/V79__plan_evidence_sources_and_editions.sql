-- What a plan rests on besides its survey rounds: the business population import (for the evidence
-- coverage section and weighting) and the provision data import it was drafted with. Both are ids of
-- insight's imports, kept as plain numbers (the plan never reads insight's tables; it asks insight).
-- follows_plan_id: the published plan a new edition was started from (its text was the first version).
alter table plan add column population_import_id bigint;
alter table plan add column provision_import_id bigint;
alter table plan add column follows_plan_id bigint references plan (id);
