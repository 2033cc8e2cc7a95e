-- Fair matching (issue 16), the shared ground: what a patient asks of their provider, the provider's
-- gender (the one preference that needs it), and PAUSED: an entry whose patient could not be
-- contacted three times is not offered until they confirm their contact details; it keeps its place.
alter table patient
    add column provider_gender_preference varchar(13) not null default 'NO_PREFERENCE'
        check (provider_gender_preference in ('NO_PREFERENCE', 'FEMALE', 'MALE')),
    -- Needs an interpreter in their preferred language (so is matched to a provider who speaks it first).
    add column interpreter_needed         boolean      not null default false,
    add column accessibility_needs        varchar(500),
    add column contact_preference         varchar(5)   not null default 'EMAIL'
        check (contact_preference in ('EMAIL', 'PHONE', 'TEXT'));

-- As the provider states it; null when not stated (then no gender preference is met).
alter table provider add column gender varchar(6) check (gender in ('FEMALE', 'MALE', 'X'));

-- Copied from the patient, like preferred_language, so matching reads the queue without joins.
alter table waitlist_entry
    add column provider_gender_preference varchar(13) not null default 'NO_PREFERENCE',
    add column interpreter_needed         boolean      not null default false,
    -- Declines coded COULD_NOT_CONTACT since the patient last confirmed their contact details.
    add column contact_failures           int          not null default 0,
    add column paused_at                  timestamptz;

alter table waitlist_entry drop constraint waitlist_entry_status_check;
alter table waitlist_entry add constraint waitlist_entry_status_check
    check (status in ('WAITING', 'PROPOSED', 'PAUSED', 'ATTACHED', 'WITHDRAWN', 'EXPIRED'));

-- A paused entry is still the patient's one open entry.
drop index waitlist_entry_open_uq;
create unique index waitlist_entry_open_uq on waitlist_entry (patient_id)
    where status in ('WAITING', 'PROPOSED', 'PAUSED');
