-- Health Connect Registry: a patient row gains the details of their registration, and the
-- provincial waitlist holds one open entry per registered patient.
alter table patient
    add column address_line1             varchar(200),
    add column address_line2             varchar(200),
    add column city                      varchar(100),
    add column province                  varchar(2),
    add column community_id              uuid references community (id),
    add column phone                     varchar(20),
    add column email                     varchar(254),
    add column preferred_language        varchar(3),
    add column consent_to_share          boolean,
    add column relationship              varchar(16)
        check (relationship in ('SELF', 'CHILD', 'SPOUSE_PARTNER', 'PARENT', 'OTHER_DEPENDANT')),
    -- The Keycloak user who registered the patient; everyone they registered is one household.
    add column registrant_subject        varchar(64),
    add column household_id              uuid,
    add column match_with_household      boolean not null default false,
    add column chronic_conditions        varchar(16)[] not null default '{}',
    add column pregnant                  boolean not null default false,
    add column recent_hospital_stay      boolean not null default false,
    add column mental_health_needs       boolean not null default false,
    add column mobility_limitations      boolean not null default false,
    add column priority_points           int,
    add column complexity                varchar(8) check (complexity in ('LOW', 'MODERATE', 'HIGH')),
    add column questionnaire_answered_at timestamptz;

-- A patient's own records: everyone they registered (GET /patients for a patient, access checks).
create index patient_registrant_idx on patient (registrant_subject, lower(family_name), lower(given_names))
    where registrant_subject is not null;
create index patient_household_idx on patient (household_id) where household_id is not null;
-- Coordinators list the patients of their communities by name.
create index patient_community_name_idx on patient (community_id, lower(family_name), lower(given_names), id)
    where community_id is not null;
create index patient_name_idx on patient (lower(family_name), lower(given_names), id);
create index patient_birth_date_idx on patient (date_of_birth);

create table waitlist_entry (
    id                   uuid primary key,
    patient_id           uuid         not null references patient (id),
    community_id         uuid         not null references community (id),
    status               varchar(10)  not null
        check (status in ('WAITING', 'PROPOSED', 'ATTACHED', 'WITHDRAWN', 'EXPIRED')),
    -- The date that sets one's place; kept when a patient returns to the list.
    registered_at        timestamptz  not null,
    priority_points      int          not null check (priority_points between 0 and 19),
    -- The order "days waiting + 14 x points" as a constant: registered_at - 14 days x points. The
    -- earlier rank_at, the higher the place, whatever the day the list is read.
    rank_at              timestamptz  not null,
    -- Copied from the patient so the community list filters without joins at province scale.
    complexity           varchar(8)   not null check (complexity in ('LOW', 'MODERATE', 'HIGH')),
    preferred_language   varchar(3)   not null,
    date_of_birth        date         not null,
    household_id         uuid,
    match_with_household boolean      not null default false,
    consent_to_share     boolean      not null,
    proposed_provider_id uuid references provider (id),
    proposed_at          timestamptz,
    proposal_deadline    timestamptz,
    proposed_by_subject  varchar(64),
    proposal_note        varchar(1000),
    attached_provider_id uuid references provider (id),
    attached_at          timestamptz,
    last_confirmed_at    timestamptz  not null,
    reconfirm_due_at     timestamptz  not null,
    expired_at           timestamptz,
    status_changed_at    timestamptz  not null,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);

-- At most one open entry (WAITING or PROPOSED) per patient.
create unique index waitlist_entry_open_uq on waitlist_entry (patient_id) where status in ('WAITING', 'PROPOSED');
-- The community list in waitlist order (and its count), by status.
create index waitlist_entry_queue_idx on waitlist_entry (community_id, status, rank_at, id);
create index waitlist_entry_patient_idx on waitlist_entry (patient_id, created_at desc);
create index waitlist_entry_proposed_idx on waitlist_entry (proposed_provider_id, proposal_deadline)
    where status = 'PROPOSED';
-- Attachments per community over the last 90 days (the wait estimate).
create index waitlist_entry_attached_idx on waitlist_entry (community_id, attached_at) where status = 'ATTACHED';

-- Every transition of an entry: who, when, from, to, why.
create table waitlist_transition (
    id                       uuid primary key,
    entry_id                 uuid         not null references waitlist_entry (id),
    from_status              varchar(10),
    to_status                varchar(10)  not null,
    cause                    varchar(20)  not null,
    at                       timestamptz  not null default now(),
    actor_subject            varchar(64),
    actor_name               varchar(200),
    on_behalf_of_provider_id uuid,
    provider_id              uuid,
    decline_reason           varchar(20),
    withdraw_reason          varchar(20),
    -- The patient's complexity band and community at the time (the fairness report groups by them).
    complexity               varchar(8),
    community_id             uuid,
    note                     varchar(1000)
);

create index waitlist_transition_entry_idx on waitlist_transition (entry_id, at, id);
-- The fairness report: proposal outcomes per provider over a period.
create index waitlist_transition_provider_idx on waitlist_transition (at, provider_id) where provider_id is not null;

-- Possible duplicates: two registered records that may be one person (same name and date of birth
-- with another PHN, ...), for a coordinator to merge or dismiss. A pair is stored once (a < b).
create table duplicate_candidate (
    id                  uuid primary key,
    patient_a           uuid         not null references patient (id),
    patient_b           uuid         not null references patient (id),
    match_reasons       varchar(32)[] not null,
    score               int          not null,
    status              varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'DISMISSED')),
    detected_at         timestamptz  not null default now(),
    resolved_at         timestamptz,
    resolved_by_subject varchar(64),
    resolved_by_name    varchar(200),
    survivor_patient_id uuid,
    note                varchar(1000),
    version             bigint       not null default 0,
    check (patient_a < patient_b),
    unique (patient_a, patient_b)
);

create index duplicate_candidate_status_idx on duplicate_candidate (status, detected_at, id);
create index duplicate_candidate_b_idx on duplicate_candidate (patient_b);
-- Detection looks registered patients up by birth date, then compares names, addresses and emails.
alter table patient add column merged_into uuid references patient (id);
