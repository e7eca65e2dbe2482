-- Responses and answers. Answers are normalised cells (question code, row key, column key, typed
-- value) so that aggregation is plain SQL; '' stands for "no row/column". The working copy lives
-- in answer; every submission is kept, unchanged, in answer_revision, and response.submitted_revision
-- points at the one that counts.
create table response (
    id                   bigint      primary key,
    version              integer     not null,
    round_id             bigint      not null references survey_round (id),
    organisation_id      bigint      not null references organisation (id),
    status               varchar(20) not null,
    collection_mode      varchar(20) not null,
    current_section      varchar(40),
    submitted_revision   integer,
    submitted_at         timestamp with time zone,
    last_edited_by       bigint,
    last_edited_by_name  varchar(120),
    last_edited_at       timestamp with time zone,
    created_at           timestamp with time zone not null
);
create unique index ux_response_round_organisation on response (round_id, organisation_id);
create index ix_response_round_status on response (round_id, status);

create table answer (
    response_id    bigint        not null references response (id),
    question_code  varchar(40)   not null,
    row_key        varchar(20)   not null,
    column_key     varchar(30)   not null,
    value_number   numeric(14, 2),
    value_text     varchar(2000),
    value_option   varchar(60),
    primary key (response_id, question_code, row_key, column_key)
);

create table response_revision (
    response_id        bigint       not null references response (id),
    revision           integer      not null,
    reference          varchar(40)  not null,
    collection_mode    varchar(20)  not null,
    submitted_at       timestamp with time zone not null,
    submitted_by       bigint,
    submitted_by_name  varchar(120),
    primary key (response_id, revision)
);

create table answer_revision (
    response_id    bigint        not null,
    revision       integer       not null,
    question_code  varchar(40)   not null,
    row_key        varchar(20)   not null,
    column_key     varchar(30)   not null,
    value_number   numeric(14, 2),
    value_text     varchar(2000),
    value_option   varchar(60),
    primary key (response_id, revision, question_code, row_key, column_key),
    foreign key (response_id, revision) references response_revision (response_id, revision)
);
-- Aggregation reads one question (and grid column) across all submitted responses of a round.
create index ix_answer_revision_question on answer_revision (question_code, column_key, row_key, response_id);
