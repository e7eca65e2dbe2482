-- Survey weights (insight module): post-stratification of a round's employer responses to a
-- population import by industry x size band, optionally raked to district totals and trimmed.
-- Computed from cell counts; one run per round and population import, recomputed when the round's
-- submitted responses change (fingerprint) or when the ERB lead asks. docs/population-and-provision.md.
create table weight_run (
    round_id             bigint           not null,
    population_import_id bigint           not null references population_import (id),
    min_responses        integer          not null,
    raked                boolean          not null,
    converged            boolean          not null,
    trim_factor          double precision,
    weight_cap           double precision,
    businesses           bigint           not null,
    responses            integer          not null,   -- responses weighted
    unweighted           integer          not null,   -- responses without a district, section or size band to weight by
    sum_weights          double precision not null,
    sum_squares          double precision not null,
    fingerprint          varchar(120)     not null,   -- count, revisions and latest submission of the round when computed
    computed_at          timestamp with time zone not null,
    primary key (round_id, population_import_id)
);

-- The strata: industry x size band cells merged by the rule, with their margins after weighting.
create table weight_stratum (
    round_id             bigint           not null,
    population_import_id bigint           not null,
    stratum              integer          not null,
    cells                varchar(2000)    not null,   -- industry|band, comma separated
    businesses           bigint           not null,
    responses            integer          not null,
    weight               double precision not null,   -- businesses / responses, before raking and trimming
    weighted_total       double precision not null,
    trimmed              boolean          not null,
    primary key (round_id, population_import_id, stratum),
    foreign key (round_id, population_import_id) references weight_run (round_id, population_import_id) on delete cascade
);

-- The weight of every response in a district x SIC section x size band cell ('-' for no district).
create table weight_cell (
    round_id             bigint           not null,
    population_import_id bigint           not null,
    lad_code             varchar(9)       not null,
    sic_section          varchar(1)       not null,
    size_band            varchar(20)      not null,
    responses            integer          not null,
    weight               double precision not null,
    primary key (round_id, population_import_id, lad_code, sic_section, size_band),
    foreign key (round_id, population_import_id) references weight_run (round_id, population_import_id) on delete cascade
);
