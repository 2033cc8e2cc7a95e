-- Endorsements: a provider (endorser) lets a staff member (endorsee, role delegate) act for them.
-- Either side starts it with the other's email; a one-time link goes to the recipient, who
-- approves or declines; the starter confirms (COMPLETED: active) or cancels. Either party ends it.
create table endorsement (
    id                   uuid primary key,
    status               varchar(10)  not null check (status in
                             ('CREATED', 'RECEIVED', 'APPROVED', 'COMPLETED', 'DECLINED', 'CANCELLED', 'EXPIRED', 'ENDED')),
    initiator_role       varchar(8)   not null check (initiator_role in ('ENDORSER', 'ENDORSEE')),
    -- The endorser is the provider; their provider id is known as soon as they are.
    endorser_subject     varchar(64),
    endorser_name        varchar(200),
    endorser_email       varchar(254) not null,
    endorser_provider_id uuid references provider (id),
    endorsee_subject     varchar(64),
    endorsee_name        varchar(200),
    endorsee_email       varchar(254) not null,
    message              varchar(1000),
    -- SHA-256 of the emailed token; the token itself is never stored. Used once.
    token_hash           bytea        not null unique,
    token_used_at        timestamptz,
    created_at           timestamptz  not null default now(),
    received_at          timestamptz,
    approved_at          timestamptz,
    completed_at         timestamptz,
    closed_at            timestamptz,
    closed_by_subject    varchar(64),
    expires_at           timestamptz  not null,
    -- Last change of status: the reminder goes out 7 days after it.
    status_changed_at    timestamptz  not null default now(),
    reminder_sent_at     timestamptz,
    created_by_subject   varchar(64)  not null,
    idempotency_key      varchar(64),
    request_hash         varchar(64),
    check (lower(endorser_email) <> lower(endorsee_email)),
    check (endorser_subject is null or endorsee_subject is null or endorser_subject <> endorsee_subject)
);

-- One pending or active endorsement per pair of people (a second is 409).
create unique index endorsement_open_pair_idx on endorsement (lower(endorser_email), lower(endorsee_email))
    where status in ('CREATED', 'RECEIVED', 'APPROVED', 'COMPLETED');
-- Listing one's own endorsements, newest first (either side).
create index endorsement_endorser_idx on endorsement (endorser_subject, created_at desc);
create index endorsement_endorsee_idx on endorsement (endorsee_subject, created_at desc);
-- The recipient before they open the link is known only by email (they may decline, and see it listed).
create index endorsement_unbound_endorser_idx on endorsement (lower(endorser_email)) where endorser_subject is null;
create index endorsement_unbound_endorsee_idx on endorsement (lower(endorsee_email)) where endorsee_subject is null;
create index endorsement_provider_idx on endorsement (endorser_provider_id, created_at desc);
create index endorsement_time_idx on endorsement (created_at desc, id);
-- Delegation checks on every delegate request: is there an active endorsement for (delegate, provider)?
create index endorsement_active_idx on endorsement (endorsee_subject, endorser_provider_id) where status = 'COMPLETED';
-- The reminder and expiry jobs scan only pending endorsements.
create index endorsement_pending_idx on endorsement (expires_at) where status in ('CREATED', 'RECEIVED', 'APPROVED');
-- A retried POST with the same Idempotency-Key returns the first endorsement.
create unique index endorsement_idempotency_idx on endorsement (created_by_subject, idempotency_key)
    where idempotency_key is not null;

-- A panel file uploaded by a delegate is applied later, in the background; its audit event must
-- still name the provider the delegate acted for.
alter table panel_submission add column on_behalf_of_provider_id uuid;
