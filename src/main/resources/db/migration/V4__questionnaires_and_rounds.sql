-- Questionnaires: each published version is immutable; its full definition is kept as JSON and
-- every question is indexed by its stable code (for codebooks and for joining answers in SQL).
create table questionnaire (
    id        bigint       primary key,
    version   integer      not null,
    code      varchar(40)  not null,
    title     varchar(200) not null,
    audience  varchar(20)  not null
);
create unique index ux_questionnaire_code on questionnaire (code);

create table questionnaire_version (
    id                bigint        primary key,
    version           integer       not null,
    questionnaire_id  bigint        not null references questionnaire (id),
    version_number    integer       not null,
    title             varchar(200)  not null,
    definition        varchar(1000000) not null,
    checksum          varchar(64)   not null,
    published_at      timestamp with time zone not null
);
create unique index ux_questionnaire_version on questionnaire_version (questionnaire_id, version_number);

create table survey_question (
    questionnaire_version_id  bigint       not null references questionnaire_version (id),
    code                      varchar(40)  not null,
    section_code              varchar(40)  not null,
    position                  integer      not null,
    question_type             varchar(20)  not null,
    text                      varchar(500) not null,
    unit                      varchar(30),
    primary key (questionnaire_version_id, code)
);

create table survey_round (
    id                        bigint       primary key,
    version                   integer      not null,
    lsip_code                 varchar(9)   not null references lsip_area (code),
    questionnaire_version_id  bigint       not null references questionnaire_version (id),
    title                     varchar(200) not null,
    opens_on                  date         not null,
    closes_on                 date         not null,
    created_by                bigint,
    created_at                timestamp with time zone not null
);
create index ix_survey_round_area on survey_round (lsip_code);

create table survey_round_audience (
    round_id  bigint      not null references survey_round (id),
    kind      varchar(20) not null,
    primary key (round_id, kind)
);
