-- Published read models: what one module offers other modules to read in SQL. A module's own SQL
-- reads its own tables and, from the modules it may depend on, only these (ReadModelOwnershipTest).
-- docs/read-models.md documents each column.

-- directory: organisations with their local authority and LSIP area.
create view directory_organisation as
select o.id, o.kind, o.name, o.companies_house_number, o.lad_code, la.name as local_authority_name,
       la.lsip_code, o.sic_section, o.size_band, o.active
from organisation o
join local_authority la on la.lad_code = o.lad_code;

-- survey: who a round asks. One rule for the whole application: an active organisation of one of
-- the round's audience kinds, in the round's LSIP area.
create view round_audience as
select r.id as round_id, o.id as organisation_id, o.kind as organisation_kind, r.lsip_code
from survey_round r
join survey_round_audience a on a.round_id = r.id
join directory_organisation o on o.lsip_code = r.lsip_code and o.kind = a.kind
where o.active = true;

-- response: one row per submitted response, for its submitted revision that counts, with the
-- respondent's place, sector and size as the respondent reported them in that submission (the
-- Employer Skills Survey's practice), frozen with it. Maintained by the response module.
create table submitted_response (
    response_id        bigint      primary key references response (id),
    revision           integer     not null,
    round_id           bigint      not null references survey_round (id),
    organisation_id    bigint      not null references organisation (id),
    organisation_kind  varchar(20) not null,
    lsip_code          varchar(9)  not null,
    lad_code           varchar(9),
    sic_section        varchar(1),
    size_band          varchar(20),
    collection_mode    varchar(20) not null,
    submitted_at       timestamp with time zone not null
);
create index ix_submitted_response_round on submitted_response (round_id, lad_code, sic_section, size_band);

-- Responses submitted before this table existed: their reported answers where the questionnaire
-- asked (the shipped questionnaires' codes), else what the directory knew.
insert into submitted_response (response_id, revision, round_id, organisation_id, organisation_kind, lsip_code,
                                lad_code, sic_section, size_band, collection_mode, submitted_at)
select r.id, r.submitted_revision, r.round_id, r.organisation_id, o.kind, sr.lsip_code,
       coalesce((select a.value_option from answer_revision a where a.response_id = r.id
                 and a.revision = r.submitted_revision and a.question_code = 'LOCAL_AUTHORITY'), o.lad_code),
       coalesce((select a.value_option from answer_revision a where a.response_id = r.id
                 and a.revision = r.submitted_revision and a.question_code = 'SIC_SECTION'), o.sic_section),
       coalesce((select a.value_option from answer_revision a where a.response_id = r.id
                 and a.revision = r.submitted_revision and a.question_code = 'SIZE_BAND'), o.size_band),
       rr.collection_mode, rr.submitted_at
from response r
join survey_round sr on sr.id = r.round_id
join organisation o on o.id = r.organisation_id
join response_revision rr on rr.response_id = r.id and rr.revision = r.submitted_revision
where r.submitted_revision is not null;

-- response: the answer cells of every submitted response, next to its frozen classification.
create view submitted_answer as
select s.response_id, s.revision, s.round_id, s.organisation_id, s.organisation_kind, s.lsip_code, s.lad_code,
       s.sic_section, s.size_band, a.question_code, a.row_key, a.column_key, a.value_number, a.value_text,
       a.value_option
from submitted_response s
join answer_revision a on a.response_id = s.response_id and a.revision = s.revision;

-- survey: when a round's closing was announced (RoundClosed), so that it is announced once.
alter table survey_round add column closed_announced_on date;
