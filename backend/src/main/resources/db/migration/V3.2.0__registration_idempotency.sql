-- Idempotency-Key on registration: a retried registration returns the first one instead of
-- registering twice; the same key with another body is refused.
alter table patient
    add column registration_idempotency_key varchar(64),
    add column registration_request_hash    varchar(64);

create unique index patient_registration_idempotency_uq on patient (registrant_subject, registration_idempotency_key)
    where registration_idempotency_key is not null;
