-- The plan module: one plan per LSIP area and cycle (and edition: a published plan is read-only, a
-- new edition starts a new draft). Sections follow the DfE order; every saved text of a section is
-- kept in plan_section_version (never updated), and plan_section.current_number says which one is
-- current, so a save on a stale version can be refused (optimistic locking on the number, plus the
-- row version). owner_* columns are for section owners (issue 11) and stay empty until then.
create table plan (
    id              bigint       primary key,
    version         integer      not null,
    lsip_code       varchar(20)  not null references lsip_area (code),
    cycle_start     integer      not null,
    cycle_end       integer      not null,
    edition         integer      not null,
    title           varchar(200) not null,
    status          varchar(20)  not null,
    revision        integer      not null,
    round_ids       varchar(500) not null,
    weighting       varchar(20)  not null,
    generated_at    timestamp with time zone,
    created_by      bigint,
    created_by_name varchar(120) not null,
    created_at      timestamp with time zone not null,
    published_at    timestamp with time zone
);
create unique index ux_plan_area_cycle_edition on plan (lsip_code, cycle_start, cycle_end, edition);

create table plan_section (
    id               bigint       primary key,
    version          integer      not null,
    plan_id          bigint       not null references plan (id),
    kind             varchar(40)  not null,
    sort_order       integer      not null,
    title            varchar(200) not null,
    current_number   integer      not null,
    owner_kind       varchar(20),
    owner_organisation_id bigint
);
create unique index ux_plan_section_kind on plan_section (plan_id, kind);

create table plan_section_version (
    id              bigint          primary key,
    version         integer         not null,
    section_id      bigint          not null references plan_section (id),
    version_number  integer         not null,
    body            varchar(200000) not null,
    note            varchar(200)    not null,
    author_id       bigint,
    author_name     varchar(120)    not null,
    created_at      timestamp with time zone not null
);
create unique index ux_plan_section_version on plan_section_version (section_id, version_number);

-- What a person is typing, kept on the server on every pause so that a refresh or a lost connection
-- loses nothing; one per person and section, removed when they save or discard it.
create table plan_working_draft (
    id              bigint          primary key,
    version         integer         not null,
    section_id      bigint          not null references plan_section (id),
    user_id         bigint          not null,
    base_number     integer         not null,
    body            varchar(200000) not null,
    saved_at        timestamp with time zone not null
);
create unique index ux_plan_working_draft on plan_working_draft (section_id, user_id);

-- A figure in the text: the stored query (never a number alone) and the value that was written.
create table plan_evidence_link (
    id              bigint        primary key,
    version         integer       not null,
    plan_id         bigint        not null references plan (id),
    section_id      bigint        not null references plan_section (id),
    metric          varchar(60)   not null,
    round_ids       varchar(500)  not null,
    lsip_code       varchar(20)   not null,
    lad_code        varchar(20),
    sic_section     varchar(2),
    size_band       varchar(20),
    soc_major       integer,
    weighting       varchar(20)   not null,
    value_used      double precision,
    base_used       integer       not null,
    caution         boolean       not null,
    words           varchar(400)  not null,
    computed_at     timestamp with time zone not null
);
create index ix_plan_evidence_link_plan on plan_evidence_link (plan_id);

-- Approvals: one per approver and plan revision; an edit after approval marks them reset (kept for history).
create table plan_approval (
    id              bigint       primary key,
    version         integer      not null,
    plan_id         bigint       not null references plan (id),
    plan_revision   integer      not null,
    role            varchar(20)  not null,
    user_id         bigint       not null,
    user_name       varchar(120) not null,
    organisation_id bigint,
    approved_at     timestamp with time zone not null,
    reset_at        timestamp with time zone
);
create index ix_plan_approval_plan on plan_approval (plan_id);

-- What happened to a plan, in order: created, generated, edited, moved on, approved, approvals reset, published.
create table plan_history (
    id              bigint          primary key,
    version         integer         not null,
    plan_id         bigint       not null references plan (id),
    plan_revision   integer      not null,
    happened_at     timestamp with time zone not null,
    user_id         bigint,
    user_name       varchar(120) not null,
    what            varchar(30)  not null,
    detail          varchar(500) not null
);
create index ix_plan_history_plan on plan_history (plan_id, happened_at);

-- The ranked priorities of a generated draft, with the score's parts, so each says why it ranks where it does.
create table plan_priority (
    id              bigint          primary key,
    version         integer         not null,
    plan_id         bigint        not null references plan (id),
    priority_rank   integer       not null,
    sic_section     varchar(2)    not null,
    title           varchar(200)  not null,
    score           double precision not null,
    explanation     varchar(2000) not null
);
create index ix_plan_priority_plan on plan_priority (plan_id, priority_rank);
