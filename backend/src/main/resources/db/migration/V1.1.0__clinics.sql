-- Clinics (Clinic and Provider Registry): details kept current by each clinic's medical director.
create table clinic (
    id                       uuid primary key,
    name                     varchar(200) not null,
    address_line1            varchar(200) not null,
    address_line2            varchar(200),
    city                     varchar(100) not null,
    province                 varchar(2)   not null default 'BC' check (province = 'BC'),
    postal_code              varchar(7)   not null,
    community_id             uuid         not null references community (id),
    phone                    varchar(20)  not null,
    fax                      varchar(20),
    email                    varchar(254),
    status                   varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE')),
    -- The medical director is a Keycloak user (their token's sub), set by an admin.
    medical_director_subject varchar(64),
    medical_director_name    varchar(200),
    medical_director_email   varchar(254),
    version                  bigint       not null default 0,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now()
);

-- GET /clinics orders by name and filters by community, status and "name contains".
create index clinic_name_idx on clinic (lower(name), id);
create index clinic_community_name_idx on clinic (community_id, lower(name));
create index clinic_status_name_idx on clinic (status, lower(name));
create index clinic_name_trgm_idx on clinic using gin (lower(name) gin_trgm_ops);
-- /me and the director check: which clinics does this user direct?
create index clinic_director_idx on clinic (medical_director_subject) where medical_director_subject is not null;

-- Weekly opening hours; a day may have several intervals (e.g. closed over lunch).
create table clinic_hours (
    clinic_id   uuid        not null references clinic (id) on delete cascade,
    day_of_week varchar(9)  not null
        check (day_of_week in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    opens       time        not null,
    closes      time        not null,
    primary key (clinic_id, day_of_week, opens),
    check (closes > opens)
);

-- Staff: providers and delegates (e.g. medical office assistants) who work at a clinic.
create table clinic_staff (
    id          uuid primary key,
    clinic_id   uuid         not null references clinic (id) on delete cascade,
    kind        varchar(10)  not null check (kind in ('PROVIDER', 'DELEGATE')),
    name        varchar(200) not null,
    email       varchar(254) not null,
    subject     varchar(64),
    provider_id uuid,
    added_at    timestamptz  not null default now()
);

create unique index clinic_staff_email_uq on clinic_staff (clinic_id, lower(email));
create index clinic_staff_clinic_name_idx on clinic_staff (clinic_id, kind, lower(name));
create index clinic_staff_subject_idx on clinic_staff (subject) where subject is not null;
