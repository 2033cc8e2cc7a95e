-- The audit trail becomes tamper-evident: every event is a link of one hash chain, so a changed,
-- removed or slipped-in event is found by recomputing the chain (audit_chain_verify() below,
-- GET /audit-events/verification, make audit-verify). docs/security.md states the canonical form
-- exactly, so that an auditor can recompute it without this code.
--
-- The chain is one total order across all API instances: each link takes the next position from the
-- one-row audit_chain_head, locked FOR UPDATE. The link is written by a constraint trigger deferred
-- to COMMIT, so the head is the last lock a transaction takes and is held only while it commits: an
-- audited change never waits for another change while it holds the head (no deadlock), and the
-- events of long transactions do not stall everyone else's.
--
-- Links live in their own append-only table (audit_chain) rather than in columns of audit_event, so
-- that audit_event stays strictly insert-only (filling columns later would be an UPDATE of each row,
-- and a second version of the row in every one of its indexes).

-- Every event also names the contract operation (operationId) of the request that wrote it.
alter table audit_event add column operation varchar(64);

create table audit_chain_head (
    id   smallint primary key check (id = 1),
    seq  bigint   not null,
    hash char(64) not null
);

create table audit_chain (
    seq       bigint   primary key,
    event_id  uuid     not null unique,
    prev_hash char(64) not null,
    hash      char(64) not null
);

-- One field of the canonical form: "<octet length>:<value>", or "-" for null; unambiguous whatever the value holds.
create function audit_field(value text) returns text language sql immutable as $$
    select case when value is null then '-' else octet_length(value) || ':' || value end
$$;

-- The canonical form of an event at a position of the chain (docs/security.md, "The audit chain").
create function audit_event_canonical(e audit_event, seq bigint, prev_hash text) returns text
language sql stable as $$
    select 'pas-audit-v1' || chr(10)
        || 'seq=' || audit_field(seq::text) || chr(10)
        || 'prev_hash=' || audit_field(prev_hash) || chr(10)
        || 'id=' || audit_field(e.id::text) || chr(10)
        || 'occurred_at=' || audit_field(to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || chr(10)
        || 'actor_subject=' || audit_field(e.actor_subject) || chr(10)
        || 'actor_roles=' || audit_field(e.actor_roles) || chr(10)
        || 'on_behalf_of_provider_id=' || audit_field(e.on_behalf_of_provider_id::text) || chr(10)
        || 'action=' || audit_field(e.action) || chr(10)
        || 'operation=' || audit_field(e.operation) || chr(10)
        || 'resource_type=' || audit_field(e.resource_type) || chr(10)
        || 'resource_id=' || audit_field(e.resource_id) || chr(10)
        || 'patient_id=' || audit_field(e.patient_id::text) || chr(10)
        || 'outcome=' || audit_field(e.outcome) || chr(10)
        || 'http_status=' || audit_field(e.http_status::text) || chr(10)
        || 'request_id=' || audit_field(e.request_id) || chr(10)
        || 'instance=' || audit_field(e.instance) || chr(10)
        || 'detail=' || audit_field(e.detail) || chr(10)
$$;

-- SHA-256 of the canonical form's UTF-8 bytes, in lower-case hex (PostgreSQL's built-in sha256, no extension).
create function audit_event_hash(e audit_event, seq bigint, prev_hash text) returns char(64)
language sql stable as $$
    select encode(sha256(convert_to(audit_event_canonical(e, seq, prev_hash), 'UTF8')), 'hex')
$$;

-- Appends one event to the chain; the caller's transaction holds the head until it ends.
create function audit_chain_append(e audit_event) returns void language plpgsql as $$
declare
    head audit_chain_head%rowtype;
    link_hash char(64);
begin
    select * into head from audit_chain_head where id = 1 for update;
    link_hash := audit_event_hash(e, head.seq + 1, head.hash);
    insert into audit_chain (seq, event_id, prev_hash, hash) values (head.seq + 1, e.id, head.hash, link_hash);
    update audit_chain_head set seq = head.seq + 1, hash = link_hash where id = 1;
end;
$$;

-- The events written before this migration, chained in the order they happened.
insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64));
do $$
declare
    e audit_event;
begin
    for e in select * from audit_event order by occurred_at, id loop
        perform audit_chain_append(e);
    end loop;
end;
$$;

create function audit_event_chain() returns trigger language plpgsql as $$
begin
    perform audit_chain_append(new);
    return null;
end;
$$;

create constraint trigger audit_event_chained after insert on audit_event
    deferrable initially deferred for each row execute function audit_event_chain();

-- The chain is append-only like the events (V6.0.0's function, now naming the table it guards).
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_chain_no_update_or_delete before update or delete on audit_chain
    for each row execute function audit_event_is_append_only();

-- The head moves only from the chain trigger (trigger depth 2), never by a direct statement.
create function audit_chain_head_moves_only_by_trigger() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
        return new;
    end if;
    raise exception 'audit_chain_head moves only when an audit event is written' using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_chain_head_guard before update or delete on audit_chain_head
    for each row execute function audit_chain_head_moves_only_by_trigger();

-- Walks the whole chain in one snapshot, streaming (a cursor, not the table in memory), and names the
-- first broken link: a link out of sequence (links removed), a prev_hash that is not the previous
-- link's hash, a link whose event is gone (deleted) or whose event's content no longer gives its hash
-- (changed), a chain that stops short of its head (links removed from the end), or an event that is
-- in no link (slipped in with the trigger disabled).
create function audit_chain_verify(
    out verified boolean, out events bigint, out last_hash text,
    out first_broken_event_id uuid, out broken_position bigint, out reason text)
language plpgsql stable as $$
declare
    link record;
    head audit_chain_head%rowtype;
    expected_prev text := repeat('0', 64);
    expected_seq bigint := 1;
    stray uuid;
begin
    verified := false;
    events := 0;
    for link in select c.seq, c.event_id, c.prev_hash, c.hash, e from audit_chain c
            left join audit_event e on e.id = c.event_id order by c.seq loop
        first_broken_event_id := link.event_id;
        broken_position := link.seq;
        if link.seq <> expected_seq then
            reason := 'links ' || expected_seq || ' to ' || (link.seq - 1) || ' are missing before this one';
            return;
        elsif link.prev_hash <> expected_prev then
            reason := 'its prev_hash is not the hash of the link before it';
            return;
        elsif (link.e).id is null then
            reason := 'its event was deleted';
            return;
        elsif audit_event_hash(link.e, link.seq, link.prev_hash) <> link.hash then
            reason := 'its event was changed: its content no longer gives the recorded hash';
            return;
        end if;
        expected_prev := link.hash;
        expected_seq := link.seq + 1;
        events := events + 1;
    end loop;
    first_broken_event_id := null;
    broken_position := null;
    select * into head from audit_chain_head where id = 1;
    if head.seq is distinct from events or head.hash is distinct from expected_prev then
        broken_position := events + 1;
        reason := 'the chain ends at ' || events || ' but its head is at ' || coalesce(head.seq::text, 'nothing')
            || ': links were removed from its end';
        return;
    end if;
    select e.id into stray from audit_event e
        where not exists (select 1 from audit_chain c where c.event_id = e.id)
        order by e.occurred_at, e.id limit 1;
    if stray is not null then
        first_broken_event_id := stray;
        reason := 'this event is in no link of the chain: it was written with the chain trigger disabled';
        return;
    end if;
    verified := true;
    last_hash := expected_prev;
end;
$$;

-- The privacy officer's review (GET /audit-events/summary): refusals and suspicious events counted
-- by day and user, read from the index alone.
create index audit_event_review_idx on audit_event (occurred_at, actor_subject, outcome)
    where outcome in ('DENIED', 'SUSPICIOUS');
