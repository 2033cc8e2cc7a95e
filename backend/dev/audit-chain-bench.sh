#!/usr/bin/env bash
# The audit hash chain's cost (docs/security.md): pgbench inserts of one audit event per transaction
# with 1, 4 and 8 clients, with and without the chain; the migration chaining EXISTING (200 000) events;
# then EVENTS (1 M) more generated and the whole chain verified.
# Uses a scratch database (BENCH_DB, default pas_audit_bench) on the PostgreSQL of 127.0.0.1:5432
# (user postgres), made from the audit migrations alone; dropped at the end unless KEEP=1.
set -euo pipefail
LOG_TAG=audit-bench
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-pas_audit_bench}
SECONDS_EACH=${SECONDS_EACH:-15}
EVENTS=${EVENTS:-1000000}
MIGRATIONS=src/main/resources/db/migration
q() { psql -h 127.0.0.1 -U postgres -d "$DB" -AtqX -v ON_ERROR_STOP=1 "$@"; }

psql -h 127.0.0.1 -U postgres -d postgres -qX -c "drop database if exists $DB" -c "create database $DB"
for m in V1.2.0__audit_events.sql V6.0.0__audit_append_only.sql V11.0.0__audit_request_id.sql; do
  q -f "$MIGRATIONS/$m" >/dev/null
done
# Events from before the chain, which V13.0.0 chains in one pass.
q -c "insert into audit_event (id, occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, outcome,
        http_status, request_id, instance, detail)
      select gen_random_uuid(), now() - random() * interval '365 days', 'user-' || (random() * 5000)::int, 'provider',
        'PATIENT_READ', 'PATIENT', gen_random_uuid()::text, 'SUCCESS', 200, gen_random_uuid()::text, 'bench', 'old event ' || g
      from generate_series(1, ${EXISTING:-200000}) g"
start=$(date +%s.%N)
q -f "$MIGRATIONS/V13.0.0__audit_hash_chain.sql" >/dev/null
log "V13.0.0 chained ${EXISTING:-200000} existing events in $(echo "$(date +%s.%N) - $start" | bc) s"

# The baseline: the same table without the chain (LIKE copies columns, defaults and indexes, not triggers).
q -c "create table audit_event_unchained (like audit_event including all)"
run() { # clients label table
  local out
  out=$(pgbench -h 127.0.0.1 -U postgres -n -c "$1" -j "$1" -T "$SECONDS_EACH" -D table="$3" \
    -f bench/audit/insert-event.sql "$DB" 2>&1)
  printf '%-10s %2s clients: %8s tx/s, latency %s ms\n' "$2" "$1" \
    "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")" "$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")"
}
log "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for clients in 1 4 8; do
  run "$clients" "no chain" audit_event_unchained
  run "$clients" "chain" audit_event
done
log "the chain after the concurrent runs: $(q -c 'select verified, events from audit_chain_verify()')"

log "generating $EVENTS events, 100 a transaction, chained by the trigger"
start=$(date +%s.%N)
pgbench -h 127.0.0.1 -U postgres -n -c 2 -j 2 -t $((EVENTS / 200)) -f bench/audit/insert-100-events.sql "$DB" >/dev/null
log "generated in $(echo "$(date +%s.%N) - $start" | bc) s; $(q -c 'select count(*) from audit_event') events"
q -c "analyze"
start=$(date +%s.%N)
result=$(q -c 'select verified, events, last_hash from audit_chain_verify()')
log "verified in $(echo "$(date +%s.%N) - $start" | bc) s: $result"
log "the same check by make audit-verify:"
AUDIT_DB_URL="postgresql://postgres@127.0.0.1:5432/$DB" dev/audit-verify.sh || true
log "sizes: $(q -c "select pg_size_pretty(pg_total_relation_size('audit_event')) || ' events, '
  || pg_size_pretty(pg_total_relation_size('audit_chain')) || ' chain'")"
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ ${KEEP:-0} == 1 ]] || psql -h 127.0.0.1 -U postgres -d postgres -qX -c "drop database $DB"
