#!/usr/bin/env bash
# make seed-province: (re)creates the database pas_province on the local PostgreSQL server, lets the
# packaged API migrate it with Flyway (started once, then stopped), loads the demo data (so real
# Keycloak tokens of the demo users work) and generates the province data set with set-based SQL
# (seed-province.sql). Prints the time of each step.
#
# Environment: SCALE (1: the province's size; 0.05 to 4.9 multiply every count: patients, entries, providers,
#   clinics, panels), PROVINCE_DB (pas_province), PGHOST/PGPORT/PGUSER (127.0.0.1, 5432, postgres),
#   PAS_JAR (backend/target/quarkus-app/quarkus-run.jar; built when missing), SEED_ARGS (psql -v settings
#   after the scaled ones, e.g. for a small trial run).
set -euo pipefail
source "$(dirname "$0")/common.sh"

SCALE=${SCALE:-1}
# The x1 counts of seed-province.sql times SCALE; the entry counts stay multiples of 5 (households come in 5s).
scaled() { awk -v n="$1" -v s="$SCALE" -v m="${2:-1}" 'BEGIN { v = int(n * s / m + 0.5) * m; print (v < m ? m : v) }'; }
# From 0.05 (below it some of the 61 communities get no clinic, and their providers none) to 4.9 (8-digit PHN bodies).
[[ $SCALE =~ ^[0-9]*\.?[0-9]+$ ]] && (( $(scaled 6000000) >= 300000 && $(scaled 6000000) <= 29999999 )) \
  || die "SCALE=$SCALE: a number from 0.05 to 4.9"
scale_args="-v patients=$(scaled 6000000 5) -v registered=$(scaled 770000 5) -v open_until=$(scaled 500000 5)
  -v attached_until=$(scaled 700000 5) -v withdrawn_until=$(scaled 740000 5) -v providers=$(scaled 6000)
  -v clinics=$(scaled 1300) -v panels=$(scaled 3400) -v left_panel=$(scaled 600000)"
ensure_jar
API_LOG=$(mktemp)
trap 'stop_api; rm -f "$API_LOG"' EXIT
t_start=$SECONDS

log "recreating database $PROVINCE_DB on $PGHOST:$PGPORT"
psql -X -q -d postgres -c "drop database if exists $PROVINCE_DB with (force)" -c "create database $PROVINCE_DB"

log "migrating with Flyway (the packaged API, started once)"
t=$SECONDS
start_api "${MIGRATE_PORT:-8091}" "$API_LOG" -Dpas.waitlist.jobs-every=24h
wait_api "${MIGRATE_PORT:-8091}" 180
stop_api
log "migrated in $((SECONDS - t)) s: $(psql_db -Atc "select string_agg(version, ' ' order by installed_rank) from flyway_schema_history where success")"

log "demo data (db/demo/R__demo_data.sql)"
psql_db -f "$BACKEND_DIR/src/main/resources/db/demo/R__demo_data.sql"

log "generating the province x$SCALE (seed-province.sql) ..."
t=$SECONDS
# shellcheck disable=SC2086
psql_db $scale_args ${SEED_ARGS:-} -f "$BENCH_DIR/seed-province.sql"
t_gen=$((SECONDS - t))
log "generated in $t_gen s"

log "vacuum and analyze"
t=$SECONDS
vacuumdb -q -j 2 --analyze -d "$PROVINCE_DB"
log "vacuumed in $((SECONDS - t)) s"

log "checking the data against the code's rules (check-province.sql)"
t=$SECONDS
checks=$(psql_db -P footer=off -f "$BENCH_DIR/check-province.sql")
printf '%s\n' "$checks"
awk -F'|' 'NR > 2 && $2 + 0 > 0 { bad = 1 } END { exit bad }' <<<"$checks" || die "some rule is broken (see above)"
log "checked in $((SECONDS - t)) s"

# The public statistics read the monthly snapshots: the job (statistics.StatisticsSnapshots) stores every
# closed month from the first transition, as a deployment's first run would. The packaged API runs it
# once, with the other jobs off so that nothing else changes the data.
log "statistics: snapshots of every closed month (the packaged API's job) ..."
t=$SECONDS
last_closed=$(psql_db -Atc "select (date_trunc('month', now() at time zone 'America/Vancouver') - interval '1 month')::date")
start_api "${MIGRATE_PORT:-8091}" "$API_LOG" -Dpas.statistics.snapshot-delay=1s -Dpas.statistics.snapshot-every=24h \
  -Dpas.waitlist.jobs-every=off -Dpas.capacity.reminders-every=off -Dpas.endorsements.jobs-every=off \
  -Dpas.clinics.jobs-every=off -Dpas.notifications.every=off
wait_api "${MIGRATE_PORT:-8091}" 180
until [[ $(psql_db -Atc "select coalesce(max(month)::text, '') from statistics_month") == "$last_closed" ]]; do
  if grep -q "Error occurred while executing task\|IllegalStateException" "$API_LOG"; then
    grep -m5 -A5 "Error occurred while executing task\|IllegalStateException" "$API_LOG" >&2
    die "the statistics snapshot failed (see above)"
  fi
  (( SECONDS - t < ${STATISTICS_TIMEOUT:-3600} )) || die "the statistics snapshots did not finish in ${STATISTICS_TIMEOUT:-3600} s"
  sleep 1
done
stop_api
log "statistics: $(psql_db -Atc "select count(distinct month) || ' months, ' || count(*) || ' rows' from statistics_month") in $((SECONDS - t)) s ($(grep -o 'Statistics: [0-9]* closed months snapshotted' "$API_LOG" | head -1), the API's start included)"

psql_db -P footer=off -c "
select 'patients' as what, count(*) from patient union all
select 'waitlist entries', count(*) from waitlist_entry union all
select '  open (WAITING/PROPOSED)', count(*) from waitlist_entry where status in ('WAITING','PROPOSED') union all
select 'waitlist transitions', count(*) from waitlist_transition union all
select 'statistics rows (area x month)', count(*) from statistics_month union all
select 'providers', count(*) from provider union all
select 'clinics', count(*) from clinic union all
select 'panel members', count(*) from panel_member union all
select 'panels (providers with members)', count(distinct provider_id) from panel_member union all
select 'panel removals', count(*) from panel_member_removal union all
select 'audit events', count(*) from audit_event"
log "database size $(psql_db -Atc "select pg_size_pretty(pg_database_size(current_database()))")"
log "make seed-province: $((SECONDS - t_start)) s in all (generation $t_gen s)"
# For the scaling table (scaling.sh): the scale and the time it took, beside the counts seed-province.sql wrote.
psql_db -c "alter table seed_province add column scale numeric, add column seconds int" \
        -c "update seed_province set scale = $SCALE, seconds = $((SECONDS - t_start))"
