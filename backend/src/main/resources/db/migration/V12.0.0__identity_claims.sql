-- Identity claims (issue 15): a signed-in person whom PAS could not link at sign-in asks to be linked to a
-- provider record (kind PROVIDER) or to their staff record at a clinic (CLINIC_STAFF); an admin approves
-- (the record is linked) or rejects it. The claimant's name, email and what their identity provider asserted
-- are kept as their token named them, for the admin and for the outcome email.
create table identity_claim (
    id                    uuid primary key,
    kind                  varchar(12)  not null check (kind in ('PROVIDER', 'CLINIC_STAFF')),
    status                varchar(8)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    claimant_subject      varchar(64)  not null,
    claimant_name         varchar(200),
    claimant_email        varchar(254),
    claimant_idp          varchar(32),
    asserted_msp_number   varchar(5),
    provider_id           uuid references provider (id),
    clinic_id             uuid references clinic (id),
    -- The clinic staff record linked at approval (CLINIC_STAFF).
    staff_id              uuid,
    reason                varchar(500) not null,
    created_at            timestamptz  not null default now(),
    decided_at            timestamptz,
    decided_by_subject    varchar(64),
    decided_by_name       varchar(200),
    decision_reason       varchar(500),
    check ((kind = 'PROVIDER') = (provider_id is not null)),
    check ((kind = 'CLINIC_STAFF') = (clinic_id is not null))
);

-- One pending claim per person and record (a second is 409).
create unique index identity_claim_pending_idx on identity_claim (claimant_subject, coalesce(provider_id, clinic_id))
    where status = 'PENDING';
-- "My claims", newest first; the admins' queue, oldest first.
create index identity_claim_claimant_idx on identity_claim (claimant_subject, created_at desc);
create index identity_claim_status_idx on identity_claim (status, created_at, id);

-- Linking at sign-in looks up the delegates no account is linked to by the email BC Provider ID asserts,
-- at every GET /me of such a person.
create index clinic_staff_unlinked_email_idx on clinic_staff (lower(email)) where subject is null;
