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

-- The canonical form of an event at a position of the chain (docs/security.md, "The audit chain"): the
-- line "pas-audit-v1", then one line per field, "name=" and the value as "<octet length>:<value>", or
-- "-" for null, which is unambiguous whatever the value holds. One expression (no helper function per
-- field): three times faster to hash than with one.
create function audit_event_canonical(e audit_event, seq bigint, prev_hash text) returns text
language sql stable as $$
    select concat('pas-audit-v1', chr(10),
        'seq=', coalesce(octet_length(seq::text) || ':' || seq::text, '-'), chr(10),
        'prev_hash=', coalesce(octet_length(prev_hash) || ':' || prev_hash, '-'), chr(10),
        'id=', coalesce(octet_length(e.id::text) || ':' || e.id::text, '-'), chr(10),
        'occurred_at=', coalesce(octet_length(to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || ':' || to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '-'), chr(10),
        'actor_subject=', coalesce(octet_length(e.actor_subject) || ':' || e.actor_subject, '-'), chr(10),
        'actor_roles=', coalesce(octet_length(e.actor_roles) || ':' || e.actor_roles, '-'), chr(10),
        'on_behalf_of_provider_id=', coalesce(octet_length(e.on_behalf_of_provider_id::text) || ':' || e.on_behalf_of_provider_id::text, '-'), chr(10),
        'action=', coalesce(octet_length(e.action) || ':' || e.action, '-'), chr(10),
        'operation=', coalesce(octet_length(e.operation) || ':' || e.operation, '-'), chr(10),
        'resource_type=', coalesce(octet_length(e.resource_type) || ':' || e.resource_type, '-'), chr(10),
        'resource_id=', coalesce(octet_length(e.resource_id) || ':' || e.resource_id, '-'), chr(10),
        'patient_id=', coalesce(octet_length(e.patient_id::text) || ':' || e.patient_id::text, '-'), chr(10),
        'outcome=', coalesce(octet_length(e.outcome) || ':' || e.outcome, '-'), chr(10),
        'http_status=', coalesce(octet_length(e.http_status::text) || ':' || e.http_status::text, '-'), chr(10),
        'request_id=', coalesce(octet_length(e.request_id) || ':' || e.request_id, '-'), chr(10),
        'instance=', coalesce(octet_length(e.instance) || ':' || e.instance, '-'), chr(10),
        'detail=', coalesce(octet_length(e.detail) || ':' || e.detail, '-'), chr(10))
$$;

-- SHA-256 of the canonical form's UTF-8 bytes, in lower-case hex (PostgreSQL's built-in sha256, no extension).
create function audit_event_hash(e audit_event, seq bigint, prev_hash text) returns char(64)
language sql stable as $$
    select encode(sha256(convert_to(audit_event_canonical(e, seq, prev_hash), 'UTF8')), 'hex')
$$;

-- The events written before this migration, chained in the order they happened (one pass; the head
-- is written once, at the end).
do $$
declare
    e audit_event;
    n bigint := 0;
    previous char(64) := repeat('0', 64);
    link char(64);
begin
    for e in select * from audit_event order by occurred_at, id loop
        n := n + 1;
        link := audit_event_hash(e, n, previous);
        insert into audit_chain (seq, event_id, prev_hash, hash) values (n, e.id, previous, link);
        previous := link;
    end loop;
    insert into audit_chain_head (id, seq, hash) values (1, n, previous);
end;
$$;

-- Links a new event to the chain at COMMIT; its transaction holds the head until it ends.
create function audit_event_chain() returns trigger language plpgsql as $$
declare
    head audit_chain_head%rowtype;
    link char(64);
begin
    select * into head from audit_chain_head where id = 1 for update;
    link := audit_event_hash(new, head.seq + 1, head.hash);
    insert into audit_chain (seq, event_id, prev_hash, hash) values (head.seq + 1, new.id, head.hash, link);
    update audit_chain_head set seq = head.seq + 1, hash = link where id = 1;
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

-- Recomputes the whole chain in one snapshot, as one query (a join of links and events, streamed, not
-- the table in memory), and names the first broken link: a link out of sequence (links removed), a
-- prev_hash that is not the previous link's hash, a link whose event is gone (deleted) or whose
-- event's content no longer gives its hash (changed); then a chain that stops short of its head (links
-- removed from the end), and an event in no link (written with the chain trigger disabled).
create function audit_chain_verify(
    out verified boolean, out events bigint, out last_hash text,
    out first_broken_event_id uuid, out broken_position bigint, out reason text)
language plpgsql stable as $$
declare
    head audit_chain_head%rowtype;
    stray uuid;
begin
    verified := false;
    select l.event_id, l.seq, case
               when l.seq <> l.n then 'links ' || l.n || ' to ' || (l.seq - 1) || ' are missing before this one'
               when l.prev_hash <> l.expected_prev then 'its prev_hash is not the hash of the link before it'
               when l.gone then 'its event was deleted'
               else 'its event was changed: its content no longer gives the recorded hash' end
      into first_broken_event_id, broken_position, reason
      from (select c.seq, c.event_id, c.prev_hash, row_number() over w as n,
                   coalesce(lag(c.hash) over w, repeat('0', 64)) as expected_prev,
                   e.id is null as gone,
                   e.id is not null and audit_event_hash(e, c.seq, c.prev_hash) <> c.hash as changed
              from audit_chain c left join audit_event e on e.id = c.event_id
              window w as (order by c.seq)) l
     where l.seq <> l.n or l.prev_hash <> l.expected_prev or l.gone or l.changed
     order by l.seq limit 1;
    if reason is not null then
        return;
    end if;
    select count(*) into events from audit_chain;
    select hash into last_hash from audit_chain where seq = events;
    select * into head from audit_chain_head where id = 1;
    if head.seq is distinct from events or head.hash is distinct from coalesce(last_hash, repeat('0', 64)) then
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
    last_hash := coalesce(last_hash, repeat('0', 64));
end;
$$;

-- The privacy officer's review (GET /audit-events/summary): refusals and suspicious events counted
-- by day and user, read from the index alone.
create index audit_event_review_idx on audit_event (occurred_at, actor_subject, outcome)
    where outcome in ('DENIED', 'SUSPICIOUS');
