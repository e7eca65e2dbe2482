-- insight: the crosswalk from employers' demand (SOC 2020 occupation groups, SIC 2007 sections) to the
-- sector subject areas (tier 1) providers teach, with the share of a group that goes to each subject
-- area. Our approximation (no official crosswalk exists), shipped as reference/demand_ssa_crosswalk.csv
-- and loaded by V46; SOC 2020 major groups are derived from their sub-major groups (the mean of their
-- shares), because the workforce grid asks by major group. docs/population-and-provision.md.
create table demand_crosswalk (
    scheme     varchar(20)      not null,   -- SOC2020_SUBMAJOR, SOC2020_MAJOR or SIC2007_SECTION
    code       varchar(4)       not null,
    ssa_code   varchar(6)       not null,   -- SSA_01 .. SSA_15
    share      double precision not null,   -- of the group's demand; a group's shares sum to 1
    primary key (scheme, code, ssa_code)
);
