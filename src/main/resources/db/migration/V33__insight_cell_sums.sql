-- insight: a per-round summary of the per-response facts, kept in the submitting transaction (CellSummaryStore),
-- so that the first view of a round after a submission (or after a restart) aggregates a few thousand summary
-- rows instead of every fact row (docs/metrics.md, "The kept cell sums"; docs/benchmarks.md, section E).
-- One row per cell (round, area, kind of respondent, local authority, SIC section, size band) and component of
-- the catalogue's recipes (a code made from the component's SQL; '*' counts the cell's responses): the number
-- of contributions, their sum and sum of squares, the largest and the second largest (equal to the largest when
-- two organisations tie), or for a cross-product of two components its count and sum. Counts and sums add
-- across cells, and the two largest of a union are among the cells' two largest: any scope filtered on these
-- columns is aggregated exactly from the cells' rows.
create table insight_cell_sums (
    round_id          bigint      not null,
    lsip_code         varchar(9)  not null,
    organisation_kind varchar(20) not null,
    lad_code          varchar(9),
    sic_section       varchar(1),
    size_band         varchar(20),
    component         varchar(16) not null,
    contributions     bigint      not null,
    total             double precision,
    squares           double precision,
    largest           double precision,
    runner_up         double precision
);
create index ix_insight_cell_sums_round on insight_cell_sums (round_id, organisation_kind, lad_code, sic_section, size_band);
-- One row per summarised round: the catalogue's fingerprint the rows were written with (a changed catalogue
-- rewrites the round), and the row every writer of the round locks first, so that two submissions to the same
-- round cannot lose each other's update.
create table insight_cell_sums_round (
    round_id    bigint      primary key,
    fingerprint varchar(64) not null
);
-- The facts of one cell, read when a submission rewrites its cell.
create index ix_insight_response_fact_cell on insight_response_fact (round_id, lad_code, sic_section, size_band);
