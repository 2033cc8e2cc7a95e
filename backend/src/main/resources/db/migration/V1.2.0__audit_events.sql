-- Audit events: who did what to which resource, when, and with what outcome. Append-only:
-- written in the transaction of the action (refusals in their own), never updated or deleted.
create table audit_event (
    id                       uuid primary key,
    occurred_at              timestamptz  not null default now(),
    actor_subject            varchar(64),
    actor_roles              varchar(200) not null default '',
    on_behalf_of_provider_id uuid,
    action                   varchar(64)  not null,
    resource_type            varchar(24)  not null,
    resource_id              varchar(100),
    patient_id               uuid,
    outcome                  varchar(10)  not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED', 'SUSPICIOUS')),
    http_status              int,
    request_id               varchar(64),
    detail                   varchar(1000)
);

-- GET /audit-events: newest first, optionally by actor, acting-for, resource, patient or outcome.
create index audit_event_time_idx on audit_event (occurred_at desc, id);
create index audit_event_actor_idx on audit_event (actor_subject, occurred_at desc);
create index audit_event_resource_idx on audit_event (resource_type, resource_id, occurred_at desc);
create index audit_event_on_behalf_idx on audit_event (on_behalf_of_provider_id, occurred_at desc)
    where on_behalf_of_provider_id is not null;
create index audit_event_patient_idx on audit_event (patient_id, occurred_at desc) where patient_id is not null;
create index audit_event_outcome_idx on audit_event (outcome, occurred_at desc) where outcome <> 'SUCCESS';
