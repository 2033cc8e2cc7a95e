-- Patients (minimal here; the Health Connect Registry issue extends the table) and provider panels.
create table patient (
    id             uuid primary key,
    phn            varchar(10)  not null unique check (phn ~ '^9[0-9]{9}$'),
    family_name    varchar(100) not null,
    given_names    varchar(100) not null,
    date_of_birth  date         not null,
    gender         varchar(11)  not null check (gender in ('FEMALE', 'MALE', 'X', 'UNDISCLOSED')),
    postal_code    varchar(7),
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
-- The PHN lookup is the unique index above (single PHNs and whole files: phn = any(array)).

-- An uploaded panel file and its processing. The file itself waits in panel_submission_file.
create table panel_submission (
    id                    uuid primary key,
    provider_id           uuid         not null references provider (id),
    file_name             varchar(255) not null,
    file_size_bytes       bigint       not null check (file_size_bytes between 0 and 10485760),
    file_sha256           varchar(64)  not null,
    mode                  varchar(16)  not null check (mode in ('ALL_OR_NOTHING', 'APPLY_VALID_ROWS')),
    source                varchar(10)  not null check (source in ('TELEPLAN', 'DR_BILL')),
    status                varchar(10)  not null check (status in ('RECEIVED', 'PROCESSING', 'COMPLETED', 'REJECTED', 'FAILED')),
    applied               boolean      not null default false,
    rows_total            int          not null default 0,
    rows_processed        int          not null default 0,
    added                 int          not null default 0,
    removed               int          not null default 0,
    unchanged             int          not null default 0,
    rejected              int          not null default 0,
    failure_reason        varchar(1000),
    submitted_by_subject  varchar(64)  not null,
    submitted_by_name     varchar(200),
    submitted_by_roles    varchar(200) not null default '',
    idempotency_key       varchar(64),
    submitted_at          timestamptz  not null default now(),
    started_at            timestamptz,
    completed_at          timestamptz
);
-- GET .../panel/submissions: a provider's submissions, newest first.
create index panel_submission_provider_idx on panel_submission (provider_id, submitted_at desc, id);
-- Idempotency-Key: one submission per provider, caller and key.
create unique index panel_submission_idempotency_uq on panel_submission (provider_id, submitted_by_subject, idempotency_key)
    where idempotency_key is not null;
-- Restart recovery: submissions still waiting or in progress.
create index panel_submission_pending_idx on panel_submission (submitted_at) where status in ('RECEIVED', 'PROCESSING');

-- The uploaded bytes, kept only until the submission is processed.
create table panel_submission_file (
    submission_id  uuid primary key references panel_submission (id) on delete cascade,
    content        bytea not null
);

-- A patient is on at most one panel: the patient is the key.
create table panel_member (
    patient_id        uuid         primary key references patient (id),
    provider_id       uuid         not null references provider (id),
    since             date         not null,
    source            varchar(16)  not null check (source in ('PAS_ATTACHMENT', 'TELEPLAN', 'DR_BILL', 'MANUAL')),
    submission_id     uuid         references panel_submission (id),
    added_at          timestamptz  not null default now(),
    added_by_subject  varchar(64)
);
-- A provider's panel (all of it, by source), panel size and attachments this month (capacity).
create index panel_member_provider_idx on panel_member (provider_id, source, added_at);

-- Every membership that ended, and why.
create table panel_member_removal (
    id                  uuid primary key,
    patient_id          uuid         not null references patient (id),
    provider_id         uuid         not null references provider (id),
    since               date         not null,
    source              varchar(16)  not null,
    added_at            timestamptz  not null,
    removed_at          timestamptz  not null default now(),
    reason              varchar(20)  not null check (reason in ('PATIENT_REQUEST', 'PATIENT_MOVED', 'PATIENT_DECEASED',
                            'PROVIDER_LEAVING', 'NOT_SEEN', 'ADDED_IN_ERROR', 'OTHER', 'NOT_IN_SUBMISSION')),
    submission_id       uuid         references panel_submission (id),
    removed_by_subject  varchar(64)
);
create index panel_member_removal_provider_idx on panel_member_removal (provider_id, removed_at desc);
create index panel_member_removal_patient_idx on panel_member_removal (patient_id, removed_at desc);

-- The result of each row of a file (seq = file order), then the members it removed.
create table panel_submission_row (
    submission_id  uuid         not null references panel_submission (id) on delete cascade,
    seq            int          not null,
    row_number     int,
    phn            varchar(32),
    family_name    varchar(100),
    result         varchar(10)  not null check (result in ('ADDED', 'REMOVED', 'UNCHANGED', 'REJECTED')),
    errors         jsonb,
    patient_id     uuid,
    primary key (submission_id, seq)
);
-- GET .../rows?result=...: one submission's rows of one result, in order.
create index panel_submission_row_result_idx on panel_submission_row (submission_id, result, seq);
