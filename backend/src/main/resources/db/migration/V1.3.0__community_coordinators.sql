-- Attachment coordinators assigned to communities: a coordinator sees the waitlist of, and
-- proposes matches in, the communities assigned to them.
create table community_coordinator (
    id           uuid primary key,
    community_id uuid         not null references community (id) on delete cascade,
    subject      varchar(64)  not null,
    name         varchar(200) not null,
    email        varchar(254) not null,
    assigned_at  timestamptz  not null default now(),
    unique (community_id, subject)
);

-- "Which communities does this coordinator cover?" (every coordinator request asks it).
create index community_coordinator_subject_idx on community_coordinator (subject, community_id);
-- The per-community list is ordered by name.
create index community_coordinator_list_idx on community_coordinator (community_id, lower(name), id);
