-- Following the plan through (issue 11, points 6-8). Each organisation's response to a priority of
-- a plan (the priority is named by its sector, which survives regeneration of the ranking): the
-- provider's planned action, timescale, capacity, barriers and what would remove them; a council's
-- levers. One per plan, priority and organisation; the row version refuses a stale save.
create table plan_response (
    id                bigint        primary key,
    version           integer       not null,
    plan_id           bigint        not null references plan (id),
    sic_section       varchar(2)    not null,
    organisation_id   bigint        not null,
    organisation_name varchar(200)  not null,
    organisation_kind varchar(20)   not null,
    planned_action    varchar(2000) not null,
    timescale         varchar(200)  not null,
    capacity          varchar(2000) not null,
    barriers          varchar(2000) not null,
    removers          varchar(2000) not null,
    funding           varchar(2000) not null,
    commissioning     varchar(2000) not null,
    saved_by          varchar(120)  not null,
    saved_at          timestamp with time zone not null
);
create unique index ux_plan_response on plan_response (plan_id, sic_section, organisation_id);

-- The action register: every action of a plan, with its owner organisation, dates and status. "Late"
-- is not stored: it is an action not done whose due date has passed, so it never goes stale.
create table plan_action (
    id                bigint        primary key,
    version           integer       not null,
    plan_id           bigint        not null references plan (id),
    sic_section       varchar(2),
    owner_id          bigint        not null,
    owner_name        varchar(200)  not null,
    owner_kind        varchar(20)   not null,
    title             varchar(300)  not null,
    start_date        date          not null,
    due_date          date          not null,
    status            varchar(20)   not null,
    created_by        varchar(120)  not null,
    created_at        timestamp with time zone not null
);
create index ix_plan_action_plan on plan_action (plan_id, due_date, id);
create index ix_plan_action_owner on plan_action (owner_id, status, due_date);

-- Evidence of progress: dated notes on an action, never changed.
create table plan_action_note (
    id                bigint        primary key,
    version           integer       not null,
    action_id         bigint        not null references plan_action (id),
    noted_on          date          not null,
    body              varchar(2000) not null,
    author_name       varchar(120)  not null,
    created_at        timestamp with time zone not null
);
create index ix_plan_action_note_action on plan_action_note (action_id, noted_on);

-- The yearly progress report of a published plan, in Markdown like the sections; number goes up on
-- each save (a save from an older number is refused); published like the plan.
create table plan_progress_report (
    id                bigint        primary key,
    version           integer       not null,
    plan_id           bigint        not null references plan (id),
    report_year       integer       not null,
    title             varchar(300)  not null,
    body              varchar(200000) not null,
    body_number       integer       not null,
    status            varchar(20)   not null,
    generated_at      timestamp with time zone not null,
    saved_by          varchar(120)  not null,
    saved_at          timestamp with time zone not null,
    published_at      timestamp with time zone
);
create unique index ux_plan_progress_report on plan_progress_report (plan_id, report_year);
