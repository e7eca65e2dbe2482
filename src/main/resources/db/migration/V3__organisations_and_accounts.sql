-- One sequence for all entities, allocated in blocks of 50 so that inserts can be batched.
create sequence entity_seq start with 1000 increment by 50;

create table organisation (
    id                      bigint       primary key,
    version                 integer      not null,
    kind                    varchar(20)  not null,
    name                    varchar(200) not null,
    lad_code                varchar(9)   not null references local_authority (lad_code),
    sic_section             varchar(1)   references sic_section (code),
    size_band               varchar(10)  references size_band (code),
    companies_house_number  varchar(8),
    active                  boolean      not null,
    created_at              timestamp with time zone not null
);
create index ix_organisation_lad on organisation (lad_code);
create index ix_organisation_kind on organisation (kind);

create table user_account (
    id               bigint       primary key,
    version          integer      not null,
    username         varchar(60)  not null,
    display_name     varchar(120) not null,
    email            varchar(200),
    password_hash    varchar(200) not null,
    role             varchar(20)  not null,
    organisation_id  bigint       references organisation (id),
    active           boolean      not null,
    demo             boolean      not null,
    failed_attempts  integer      not null,
    locked_until     timestamp with time zone,
    last_login_at    timestamp with time zone,
    created_at       timestamp with time zone not null
);
create unique index ux_user_account_username on user_account (username);
create index ix_user_account_organisation on user_account (organisation_id);
