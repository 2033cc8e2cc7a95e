-- Fair matching (issue 16): a provider (or their delegate) requests patients; PAS proposes the best-ranked
-- waiting entries that fit and records each proposal's rank and rule, and every better-ranked entry it
-- passed over with a coded reason. Owned by the waitlist feature.
create table patient_request (
    id                    uuid primary key,
    provider_id           uuid         not null references provider (id),
    requested_at          timestamptz  not null,
    requested_by_subject  varchar(64),
    requested_by_name     varchar(200),
    requested_count       int          not null check (requested_count between 1 and 10),
    -- The room at that moment: this month's remaining capacity, the panel room under the desired size
    -- (less the open proposals), the open proposals, and what the request could propose at most.
    remaining_this_month  int          not null,
    panel_room            int          not null,
    outstanding_proposals int          not null,
    granted               int          not null
);

-- A provider's requests, newest first.
create index patient_request_provider_idx on patient_request (provider_id, requested_at desc, id desc);

create table patient_request_proposal (
    request_id uuid        not null references patient_request (id),
    seq        int         not null,
    entry_id   uuid        not null references waitlist_entry (id),
    -- 1-based place among the community's WAITING entries when proposed.
    rank       int         not null,
    rule       varchar(14) not null check (rule in ('RANK_ORDER', 'COMPLEXITY_MIX', 'LANGUAGE_MATCH', 'HOUSEHOLD')),
    primary key (request_id, seq)
);

create table patient_request_skip (
    request_id   uuid        not null references patient_request (id),
    seq          int         not null,
    entry_id     uuid        not null references waitlist_entry (id),
    provider_id  uuid        not null,
    community_id uuid        not null,
    skipped_at   timestamptz not null,
    rank         int         not null,
    complexity   varchar(8)  not null,
    reason       varchar(21) not null
        check (reason in ('COMPLEXITY_SHARE_FULL', 'LANGUAGE', 'HOUSEHOLD_TOO_LARGE', 'PREFERENCE')),
    primary key (request_id, seq)
);

-- The fairness report's skips by reason over a period (then filtered by community, provider).
create index patient_request_skip_at_idx on patient_request_skip (skipped_at, community_id)
    include (provider_id, reason);

-- A provider's attachments of the last 90 days by complexity band (the complexity mix of a request).
create index waitlist_entry_attached_provider_idx on waitlist_entry (attached_provider_id, attached_at)
    include (complexity) where status = 'ATTACHED';
