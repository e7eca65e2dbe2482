-- Working on the plan together (issue 11): comments on a section, threaded one level (a reply names
-- its thread's first comment), resolvable, read 20 threads at a time; the organisations a comment
-- mentions; and suggested edits that a section's owner accepts (a new version) or rejects with a reason.
create table plan_comment (
    id                       bigint        primary key,
    version                  integer       not null,
    plan_id                  bigint        not null references plan (id),
    section_id               bigint        not null references plan_section (id),
    parent_id                bigint        references plan_comment (id),
    author_id                bigint,
    author_name              varchar(120)  not null,
    author_organisation_id   bigint,
    author_organisation_name varchar(200)  not null,
    body                     varchar(2000) not null,
    created_at               timestamp with time zone not null,
    resolved_at              timestamp with time zone,
    resolved_by_name         varchar(120)
);
create index ix_plan_comment_thread on plan_comment (section_id, parent_id, created_at, id);
create index ix_plan_comment_parent on plan_comment (parent_id, created_at, id);

create table plan_comment_mention (
    id              bigint       primary key,
    version         integer      not null,
    comment_id      bigint       not null references plan_comment (id),
    plan_id         bigint       not null references plan (id),
    section_id      bigint       not null references plan_section (id),
    organisation_id bigint       not null,
    organisation_name varchar(200) not null
);
create index ix_plan_comment_mention_org on plan_comment_mention (organisation_id);
create index ix_plan_comment_mention_comment on plan_comment_mention (comment_id);

create table plan_suggestion (
    id                bigint          primary key,
    version           integer         not null,
    plan_id           bigint          not null references plan (id),
    section_id        bigint          not null references plan_section (id),
    base_number       integer         not null,
    body              varchar(200000) not null,
    note              varchar(500)    not null,
    author_id         bigint,
    author_name       varchar(120)    not null,
    author_organisation_id bigint,
    author_organisation_name varchar(200) not null,
    created_at        timestamp with time zone not null,
    status            varchar(20)     not null,
    decided_by_name   varchar(120),
    decided_at        timestamp with time zone,
    decision_reason   varchar(500),
    result_number     integer
);
create index ix_plan_suggestion_section on plan_suggestion (section_id, status, created_at);
create index ix_plan_suggestion_plan on plan_suggestion (plan_id, status);
