-- Providers (Clinic and Provider Registry) and their capacity (Panel Registry).
create table provider (
    id          uuid primary key,
    -- The provider's Keycloak user (their token's sub), once they have signed in.
    subject     varchar(64) unique,
    name        varchar(200) not null,
    type        varchar(20)  not null check (type in ('FAMILY_PHYSICIAN', 'NURSE_PRACTITIONER')),
    msp_number  varchar(5)   not null unique,
    email       varchar(254) not null,
    phone       varchar(20),
    -- ISO 639 codes of the languages the provider offers care in.
    languages   varchar(3)[] not null default '{}',
    status      varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE')),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

-- GET /providers orders by name and filters by name, type, language.
create index provider_name_idx on provider (lower(name), id);
create unique index provider_email_uq on provider (lower(email));
create index provider_name_trgm_idx on provider using gin (lower(name) gin_trgm_ops);
create index provider_languages_idx on provider using gin (languages);

-- A provider works at a clinic when they are on its staff: clinic_staff.provider_id links them.
alter table clinic_staff add constraint clinic_staff_provider_fk foreign key (provider_id) references provider (id);
create unique index clinic_staff_provider_uq on clinic_staff (clinic_id, provider_id) where provider_id is not null;
create index clinic_staff_provider_idx on clinic_staff (provider_id, clinic_id) where provider_id is not null;

-- What a provider offers: confirmed again at least every 90 days (configurable), else it is stale
-- and the provider is not offered patients.
create table provider_capacity (
    provider_id          uuid primary key references provider (id) on delete cascade,
    accepting            boolean      not null,
    monthly_capacity     int          not null check (monthly_capacity between 0 and 500),
    desired_panel_size   int          not null check (desired_panel_size between 0 and 5000),
    low_percent          int          not null check (low_percent between 0 and 100),
    moderate_percent     int          not null check (moderate_percent between 0 and 100),
    high_percent         int          not null check (high_percent between 0 and 100),
    notes                varchar(1000),
    last_confirmed_at    timestamptz  not null,
    updated_by_subject   varchar(64),
    updated_by_name      varchar(200),
    version              bigint       not null default 0,
    updated_at           timestamptz  not null default now(),
    check (low_percent + moderate_percent + high_percent = 100)
);

-- Who accepts, and whose confirmation is recent (the community view and matching ask this).
create index provider_capacity_accepting_idx on provider_capacity (last_confirmed_at) where accepting;
