-- Reference data: geography and classifications (Open Government Licence v3.0, see reference/LICENCE.md).
create table lsip_area (
    code       varchar(9)   primary key,
    name       varchar(200) not null,
    name_2025  varchar(200) not null
);

create table local_authority (
    lad_code          varchar(9)   primary key,
    name              varchar(200) not null,
    lsip_code         varchar(9)   not null references lsip_area (code),
    lsip_area_2025    varchar(200) not null,
    london_subregion  varchar(100)
);
create index ix_local_authority_lsip on local_authority (lsip_code);

create table soc_major (
    code  integer      primary key,
    name  varchar(200) not null
);

create table soc_submajor (
    code        integer      primary key,
    name        varchar(200) not null,
    major_code  integer      not null references soc_major (code)
);

create table soc_unit (
    code           varchar(4)   primary key,
    name           varchar(300) not null,
    minor_code     varchar(3)   not null,
    submajor_code  integer      not null references soc_submajor (code),
    major_code     integer      not null references soc_major (code)
);
create index ix_soc_unit_major on soc_unit (major_code);

create table sic_section (
    code       varchar(1)   primary key,
    name       varchar(200) not null,
    divisions  varchar(20)  not null
);

create table size_band (
    code            varchar(10) primary key,
    label           varchar(50) not null,
    min_employment  integer     not null,
    max_employment  integer
);

create table ess_benchmark (
    survey      varchar(20)  not null,
    geography   varchar(40)  not null,
    metric      varchar(60)  not null,
    definition  varchar(300) not null,
    metric_value numeric(12, 2) not null,
    source_url  varchar(300) not null,
    confidence  varchar(100) not null,
    primary key (survey, geography, metric)
);
