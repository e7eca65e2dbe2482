-- The 95% interval of a figure as the plan's text used it, so that the yearly progress report shows
-- each headline figure then and now with its base and interval (issue 11 point 8). Links made before
-- this migration have none ("not recorded").
alter table plan_evidence_link add column interval_lower double precision;
alter table plan_evidence_link add column interval_upper double precision;
