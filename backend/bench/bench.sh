#!/usr/bin/env bash
# make bench: the packaged API on the seeded province (make seed-province), measured in one run:
#  - start: time to the first answered request, RSS then, and peak RSS (VmHWM) at the end;
#  - for GET a patient by id, a waitlist page of the largest community with filters, a panel page
#    and attach: wrk (throughput, p50/p99) and, right after each, pgbench running the same SQL with
#    the same number of clients (pgbench/*.sql), and the ratio API / pgbench;
#  - request patients (N = 10, admin for providers of the largest communities): wrk p50/p99 (target 200 ms);
#  - the waitlist page, attach and request patients again under an open model (load/OpenLoad.java: a fixed
#    rate whatever the answers, latency from each request's intended send time, HdrHistogram) at half the
#    throughput wrk measured: p99 targets 20, 50 and 50 ms;
#  - the public statistics (no token), the province and the communities' first page over 12 months: p99 target 20 ms;
#  - 2 000-row panel submissions, one after another: upload to COMPLETED.
# Real Keycloak tokens (demo users admin, coordinator, dr.lee, dr.patel; keycloak.sh starts
# Keycloak when none runs and stops it after). Everything talks to 127.0.0.1 only.
#
# Environment: BENCH_PORT (8090), BENCH_SECONDS (10 per measured run), BENCH_JIT_WARMUP_SECONDS (20 per
#   endpoint, once, before all runs), BENCH_WARMUP_SECONDS (5, before each run),
#   BENCH_CONNECTIONS (8: wrk connections = pgbench clients), BENCH_THREADS (2), BENCH_SUBMISSIONS (6),
#   BENCH_OPEN_SECONDS (30 per open-model run), BENCH_OPEN_WARMUP_SECONDS (15, at the same rate, before each),
#   PAS_JAVA_OPTS (JVM options of the API), PROVINCE_DB, PAS_JAR, BENCH_OUT (also write the report there),
#   BENCH_TSV (also write the figures there, one "name<TAB>value" a line: scaling.sh).
set -euo pipefail
source "$(dirname "$0")/common.sh"

PORT=${BENCH_PORT:-8090}
DURATION=${BENCH_SECONDS:-10}
WARMUP=${BENCH_WARMUP_SECONDS:-5}
JIT_WARMUP=${BENCH_JIT_WARMUP_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
THREADS=${BENCH_THREADS:-2}
SUBMISSIONS=${BENCH_SUBMISSIONS:-6}
OPEN_SECONDS=${BENCH_OPEN_SECONDS:-30}
OPEN_WARMUP=${BENCH_OPEN_WARMUP_SECONDS:-15}
KEYCLOAK="$BACKEND_DIR/keycloak/keycloak.sh"
API=http://127.0.0.1:$PORT

command -v wrk >/dev/null || apt_install wrk || die "wrk is missing (apt-get install wrk)"
command -v pgbench >/dev/null || die "pgbench is missing (apt-get install postgresql-client)"
# The open-model load generator's one dependency, from the Maven repository into load/lib (not in git).
OPEN_LOAD_CP=$BENCH_DIR/load/lib/HdrHistogram-2.2.2.jar
[[ -f $OPEN_LOAD_CP ]] || (cd "$BACKEND_DIR" && ./mvnw -B -q --no-transfer-progress dependency:copy \
  -Dartifact=org.hdrhistogram:HdrHistogram:2.2.2 -DoutputDirectory="$BENCH_DIR/load/lib") || die "no HdrHistogram jar"
# Patients 1..registered of the seed are registered (Health Connect Registry records): GET /patients/{id}
# reads those. (A patient known only from a panel file is not a registered patient: 404, see PanelMembersTest.)
registered=$(psql_db -Atc "select registered from seed_province" 2>/dev/null || echo 0)
if (( ${registered:-0} < 1000 )); then die "the database $PROVINCE_DB has no province: make seed-province"; fi

work=$(mktemp -d)
API_LOG=$work/api.log
kc_started=
cleanup() {
  stop_api
  if [[ -n $kc_started ]]; then "$KEYCLOAK" stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
if ! "$KEYCLOAK" status >/dev/null 2>&1; then
  "$KEYCLOAK" start
  kc_started=1
fi
"$KEYCLOAK" wait
ensure_jar  # after Keycloak: the integration tests that train the AOT cache log in with it
subject_of() { "$KEYCLOAK" claims "$1" | sed 's/.*"sub":"\([^"]*\)".*/\1/'; }

# --- What the runs use ----------------------------------------------------------------------
coordinator=$(subject_of coordinator)
# The waitlist pages read: the community with the most people waiting among the demo coordinator's (Vancouver,
# Richmond, Victoria): Vancouver, the province's largest, until many runs' attaches have drained it below Surrey.
largest=$(psql_db -Atc "select e.community_id from waitlist_entry e
                        join community_coordinator c on c.community_id = e.community_id and c.subject = '$coordinator'
                        where e.status = 'WAITING' group by 1 order by count(*) desc limit 1")
[[ -n $largest ]] || die "the demo coordinator covers no community with people waiting: seed with make seed-province"
largest_name=$(psql_db -Atc "select name from community where id = '$largest'")
lee=$(psql_db -Atc "select id from provider where subject = '$(subject_of dr.lee)'")
panel_pages=$(psql_db -Atc "select (count(*) + 19) / 20 from panel_member where provider_id = '$lee'")
patel_subject=$(subject_of dr.patel)
patel=$(psql_db -Atc "select id from provider where subject = '$patel_subject'")
psql_db -f "$BENCH_DIR/prepare.sql"
# A server without autovacuum (this machine's PostgreSQL runs with autovacuum = off) never refreshes the
# visibility map after earlier runs' attaches and requests: the waitlist's index-only count then read the heap
# (21 400 heap fetches, 71 ms instead of 5 ms), once every 10 s. Vacuum what the runs change, as autovacuum would.
autovacuum=$(psql_db -Atc "show autovacuum")
if [[ $autovacuum == off ]]; then
  log "autovacuum is off on this server: vacuuming the tables the runs change"
  psql_db -c "vacuum (analyze) waitlist_entry, panel_member, notification"
fi
# The public statistics over the last 12 closed months (make seed-province stores the snapshots).
statistics_from=$(psql_db -Atc "select to_char(date_trunc('month', now() at time zone 'America/Vancouver') - interval '12 months', 'YYYY-MM')")
(( $(psql_db -Atc "select count(*) from statistics_month") > 0 )) || die "no statistics snapshots in $PROVINCE_DB: make seed-province"
# bench_attach's shares (prepare.sql): the open model's, wrk's; pgbench takes the rest with its sequence.
psql_db -Atc "select entry_id || ' ' || provider_id from bench_attach where n <= (select open_last from bench_attach_share)
              order by n" >"$work/attach-open.txt"
psql_db -Atc "select entry_id || ' ' || provider_id from bench_attach
              where n > (select open_last from bench_attach_share) and n <= (select wrk_last from bench_attach_share)
              order by n" >"$work/attach.txt"
psql_db -Atc "select provider_id from bench_request" >"$work/request.txt"

# Panel files for dr.patel: his seeded panel (members never removed from any panel) plus 800 of
# 1 600 patients who left a panel (file A: the first 800, file B: the others). The same sets every
# run, so alternating the files adds 800 and removes 800 each time.
csv_rows() {
  psql_db -At -F, -c "select phn, family_name, given_names, date_of_birth, left(gender, 1), postal_code from patient where $1"
}
{ echo "phn,surname,given_names,date_of_birth,gender,postal_code"
  csv_rows "id in (select m.patient_id from panel_member m where m.provider_id = '$patel' and m.source <> 'PAS_ATTACHMENT'
            and not exists (select 1 from panel_member_removal r where r.patient_id = m.patient_id))"
} >"$work/panel-base.csv"
csv_rows "id in (select r.patient_id from panel_member_removal r
                 where not exists (select 1 from panel_member m where m.patient_id = r.patient_id and m.provider_id <> '$patel')
                 group by r.patient_id order by r.patient_id desc limit 1600) order by id" >"$work/newcomers.csv"
base_rows=$(( $(wc -l <"$work/panel-base.csv") - 1 ))
add=$(( 2000 - base_rows ))
{ cat "$work/panel-base.csv"; head -n "$add" "$work/newcomers.csv"; } >"$work/panel-a.csv"
{ cat "$work/panel-base.csv"; tail -n "$add" "$work/newcomers.csv"; } >"$work/panel-b.csv"

# --- Start ------------------------------------------------------------------------------------
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# measure_start LOGFILE [java options]: starts the API (start_api) and waits for its first answer; sets t0,
# start_ms, start_cpu_ms (CPU time of all its threads until then, from /proc: it depends less on what else the
# machine runs) and rss_start_kb. The API keeps running.
measure_start() {
  local logfile=$1
  shift
  t0=$(date +%s%N)
  start_api "$PORT" "$logfile" "$@"
  wait_api "$PORT" 120
  start_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  rss_start_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$API_PID/status")
  start_cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$API_PID/stat")
}
# The minimal application first (bench/minimal: REST + Panache + PostgreSQL), started the same way: once to warm the
# page cache, as PAS's first start does, then measured.
ensure_minimal
PAS_JAR=$MINIMAL_JAR PROVINCE_DB=$MINIMAL_DB start_api "$PORT" "$API_LOG"
wait_api "$PORT" 120
stop_api
PAS_JAR=$MINIMAL_JAR PROVINCE_DB=$MINIMAL_DB measure_start "$API_LOG"
stop_api
minimal_ms=$start_ms minimal_cpu_ms=$start_cpu_ms minimal_rss_kb=$rss_start_kb
log "the minimal application answered after $minimal_ms ms ($minimal_cpu_ms ms of CPU), RSS $((minimal_rss_kb / 1024)) MB"
# The migration as a separate step (Flyway migrates when the jar brings new migrations, then the JVM exits), then the
# measured start without Flyway's start-up work (PAS_MIGRATE_AT_START=false, application.properties).
log "migrating (java -Dquarkus.init-and-exit=true), then starting the API to measure"
start_api "$PORT" "$API_LOG" -Dquarkus.flyway.out-of-order=true -Dquarkus.init-and-exit=true
wait "$API_PID" || die "the migration failed; its log: $API_LOG"
API_PID=
sleep 1
PAS_MIGRATE_AT_START=false measure_start "$API_LOG"
admin=$("$KEYCLOAK" token admin)
first_api_ms=
until [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" \
            "$API/api/v1/patients/00000001-000a-4000-8000-000000009e37") == 200 ]]; do sleep 0.01; done
first_api_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
started_line=$(grep -o 'started in [0-9.]*s' "$API_LOG" | head -1 || true)
log "answered after $start_ms ms ($start_cpu_ms ms of CPU; first 200 of GET /patients/{id}: $first_api_ms ms; Quarkus: $started_line), RSS $((rss_start_kb / 1024)) MB"

# --- Runs -------------------------------------------------------------------------------------
to_ms() {  # wrk's 1.23ms / 456.78us / 1.02s / 2.00m -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000;
                        else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
declare -A R
# run_wrk NAME LUA TOKEN SECONDS [RATE]: sets R[NAME.rps|p50|p99|bad]
run_wrk() {
  local name=$1 lua=$2 token=$3 seconds=$4 rate=${5:-0} out=$work/$1.wrk
  BENCH_TOKEN=$token BENCH_RATE=$rate BENCH_CONNECTIONS=$CONNECTIONS BENCH_THREADS=$THREADS \
  BENCH_LUA_DIR=$BENCH_DIR/wrk BENCH_PATIENTS=$registered BENCH_PROVIDER=$lee BENCH_PANEL_PAGES=$panel_pages \
  BENCH_ATTACH_FILE=$work/attach.txt BENCH_REQUEST_FILE=$work/request.txt \
  BENCH_WAITLIST_QUERY="communityId=$largest&status=WAITING&complexity=MODERATE" \
  BENCH_STATISTICS_FROM=$statistics_from BENCH_STATISTICS_PATH=${STATISTICS_PATH:-} \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" --timeout 10s --latency -s "$BENCH_DIR/wrk/$lua" "$API" >"$out"
  R[$name.rps]=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$out")
  R[$name.p50]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  R[$name.p99]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  R[$name.bad]=$(awk '/Non-2xx/ {n = $5} /Socket errors/ {n += 0} END {print n + 0}' "$out")
}
# run_open NAME KIND TOKEN RATE: the open model (load/OpenLoad.java) at RATE requests a second, a warm-up of
# OPEN_WARMUP s then OPEN_SECONDS measured; sets R[NAME.rate|p50|p99|p999|max|bad|sent|planned]. The generator's
# own JVM compiles with C1 only and warms up 15 s: with C2 and 5 s, its compiling took CPU from the API on the
# same two cores, and the mean latency of the first 5 measured seconds was 3 times that of the rest.
run_open() {
  local name=$1 kind=$2 token=$3 rate=$4 out=$work/$1.open key value
  BENCH_TOKEN=$token BENCH_PATIENTS=$registered BENCH_ATTACH_FILE=$work/attach-open.txt BENCH_REQUEST_FILE=$work/request.txt \
  BENCH_WAITLIST_QUERY="communityId=$largest&status=WAITING&complexity=MODERATE" \
    "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx512m -XX:TieredStopAtLevel=1 -cp "$OPEN_LOAD_CP" \
      "$BENCH_DIR/load/OpenLoad.java" "$API" "$kind" "$rate" "$OPEN_SECONDS" "$OPEN_WARMUP" >"$out" 2>&1 \
    || log "the open-model run $name failed (its target is then missed): $(grep -m1 -i 'exception\|error' "$out")"
  for key in planned sent rate p50 p99 p999 max; do
    R[$name.$key]=$(sed -n "s/^result .*\b$key=\([0-9.]*\).*/\1/p" "$out")
  done
  R[$name.bad]=$(sed -n 's/^result .*non2xx=\([0-9]*\) errors=\([0-9]*\).*/\1 \2/p' "$out" | awk '{print $1 + $2}')
}
# run_pgbench NAME SQL: sets R[NAME.tps|p50|p99]; sessions without parallel plans, like the API's
run_pgbench() {
  local name=$1 sql=$2 out=$work/$1.pgbench
  rm -f "$work/$name".log.*
  PGOPTIONS="-c max_parallel_workers_per_gather=0" pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -l --log-prefix="$work/$name.log" \
    -D patients="$registered" -D subject=bench-pgbench -D community="$largest" \
    -D provider="$lee" -D pages="$panel_pages" \
    -f "$BENCH_DIR/pgbench/$sql" "$PROVINCE_DB" >"$out" 2>&1 || { cat "$out" >&2; return 1; }
  R[$name.tps]=$(awk '/^tps = / {printf "%.0f", $3}' "$out")
  local sorted=$work/$name.sorted
  cat "$work/$name".log.* | awk '{print $3}' | sort -n >"$sorted"
  local count
  count=$(wc -l <"$sorted")
  R[$name.p50]=$(awk -v k=$(( (count + 1) / 2 )) 'NR == k {printf "%.2f", $1 / 1000}' "$sorted")
  R[$name.p99]=$(awk -v k=$(( (count * 99 + 99) / 100 )) 'NR == k {printf "%.2f", $1 / 1000}' "$sorted")
}
# bench NAME LUA USER SQL: warm-up, measured wrk run, then pgbench of the same SQL
bench() {
  local name=$1 lua=$2 user=$3 sql=$4 token
  token=$("$KEYCLOAK" token "$user")
  log "$name: warm-up ${WARMUP}s, wrk ${DURATION}s, pgbench ${DURATION}s ($CONNECTIONS connections)"
  run_wrk "$name.warmup" "$lua" "$token" "$WARMUP"
  run_wrk "$name" "$lua" "$token" "$DURATION"
  run_pgbench "$name.pg" "$sql"
}
# The JVM compiles the hot paths (C2) during the first minute or two under load: after 8 s of load GET by id
# answered 280/s, after 90 s 1 100/s. A server runs for days, so every endpoint is driven untimed first.
log "JIT warm-up: ${JIT_WARMUP}s per endpoint"
run_wrk jit.get-patient get-patient.lua "$admin" "$JIT_WARMUP"
run_wrk jit.waitlist waitlist.lua "$("$KEYCLOAK" token coordinator)" "$JIT_WARMUP"
run_wrk jit.panel panel.lua "$("$KEYCLOAK" token dr.lee)" "$JIT_WARMUP"
run_wrk jit.attach attach.lua "$("$KEYCLOAK" token admin)" "$JIT_WARMUP"
bench get-patient get-patient.lua admin get-patient.sql
bench waitlist waitlist.lua coordinator waitlist.sql
# The open model at half the maximum rate wrk measured, right after each endpoint's own runs (p99 from the
# intended send times: a stall delays every request due during it, as it would real users).
open_half() {
  local name=$1 kind=$2 user=$3 half=$(( (R[$1.rps] + 1) / 2 ))
  log "$name, open model at $half/s (half of ${R[$name.rps]}/s): warm-up ${OPEN_WARMUP}s, ${OPEN_SECONDS}s measured"
  run_open "$name.open" "$kind" "$("$KEYCLOAK" token "$user")" "$half"
}
# Before attach: the attach runs (some 4 000 attachments in 15 s) leave 4 000 emails to send and a vacuum of
# waitlist_entry behind them, which are not what this target is about.
open_half waitlist waitlist coordinator
bench panel panel.lua dr.lee panel.sql
bench attach attach.lua admin attach.sql
# With the emails and the vacuum the wrk and pgbench runs left behind: they are part of attaching at a steady rate.
open_half attach attach admin
# After attach (its queued entries must still be WAITING): requests for 10 patients, each for the next provider
# of bench_request. No pgbench twin (the selection walks the queue in Java); target p99 <= 200 ms.
log "request-patients (N = 10): warm-up ${JIT_WARMUP}s, wrk ${DURATION}s"
# A token of its own (Keycloak's live 5 minutes; the one from the start has run out by now: each request was then a
# quick 401, and wrk counted 10 000 of them a second).
admin=$("$KEYCLOAK" token admin)
run_wrk jit.request request.lua "$admin" "$JIT_WARMUP"
run_wrk request request.lua "$admin" "$DURATION"
# The same with one connection per core: the latency of a request without the queue of 8 in front of it.
CONNECTIONS=2 run_wrk request.2 request.lua "$admin" "$DURATION"
open_half request request admin

# The public statistics (no token): the province, and the communities' first page, each p99 against 20 ms.
log "public statistics: warm-up ${JIT_WARMUP}s, wrk ${DURATION}s each (no token)"
STATISTICS_PATH=/api/v1/public/statistics/communities run_wrk jit.statistics public-statistics.lua "" "$JIT_WARMUP"
STATISTICS_PATH=/api/v1/public/statistics run_wrk statistics.province public-statistics.lua "" "$DURATION"
STATISTICS_PATH=/api/v1/public/statistics/communities run_wrk statistics.communities public-statistics.lua "" "$DURATION"

log "panel submissions: $SUBMISSIONS files of 2 000 rows for dr.patel, one after another"
patel_token=$("$KEYCLOAK" token dr.patel)
submission_ms=()
submission_result=
for i in $(seq 1 "$SUBMISSIONS"); do
  file=$work/panel-a.csv
  (( i % 2 == 0 )) && file=$work/panel-b.csv
  t=$(date +%s%N)
  location=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $patel_token" -F "file=@$file;type=text/csv" \
             -F mode=APPLY_VALID_ROWS -F source=TELEPLAN "$API/api/v1/providers/$patel/panel/submissions" \
             | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  [[ $location == http* ]] || location=$API/api/v1/$location
  while body=$(curl -s -H "Authorization: Bearer $patel_token" "$location"); [[ $body == *'"status":"RECEIVED"'* || $body == *'"status":"PROCESSING"'* ]]; do
    sleep 0.02
  done
  submission_ms+=($(( ($(date +%s%N) - t) / 1000000 )))
  submission_result=$(printf '%s' "$body" | sed 's/.*"status":"\([A-Z]*\)".*"added":\([0-9]*\).*"removed":\([0-9]*\).*"unchanged":\([0-9]*\).*"rejected":\([0-9]*\).*/\1: \2 added, \3 removed, \4 unchanged, \5 rejected/')
done
mapfile -t sorted_ms < <(printf '%s\n' "${submission_ms[@]}" | sort -n)
rss_peak_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$API_PID/status")
stop_api

# --- Report -----------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
report() {
  echo "PAS benchmark, $(date -u +%FT%TZ), $(nproc) cores, commit $(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "database $PROVINCE_DB: $(psql_db -Atc "select patients from seed_province") patients ($registered registered); largest community $largest_name; $CONNECTIONS connections, ${DURATION}s a run"
  echo "JVM: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); options: $API_JAVA_OPTS$([[ -f "$(dirname "$PAS_JAR")/app.aot" ]] && echo " -XX:AOTCache=app.aot $JDK_OPEN_ARGS"); MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
  echo "load average before the run: $load_before; autovacuum: $autovacuum"
  echo
  printf '%-34s %9s %8s %8s | %9s %8s %8s | %6s %5s\n' "endpoint" "API req/s" "p50 ms" "p99 ms" "pgbench/s" "p50 ms" "p99 ms" "ratio" "non2xx"
  local name label
  for name in get-patient waitlist panel attach; do
    case $name in
      get-patient) label="GET patient by id (+audit)" ;;
      waitlist) label="waitlist page, $largest_name, filtered" ;;
      panel) label="GET panel page (dr.lee)" ;;
      attach) label="attach" ;;
    esac
    printf '%-34s %9s %8s %8s | %9s %8s %8s | %6s %5s\n' "$label" "${R[$name.rps]}" "${R[$name.p50]}" "${R[$name.p99]}" \
      "${R[$name.pg.tps]}" "${R[$name.pg.p50]}" "${R[$name.pg.p99]}" "$(ratio "${R[$name.rps]}" "${R[$name.pg.tps]}")" "${R[$name.bad]}"
  done
  printf '%-34s %9s %8s %8s |   (target p99 <= 200 ms; %s non-2xx)\n' "request patients, N = 10" \
    "${R[request.rps]}" "${R[request.p50]}" "${R[request.p99]}" "${R[request.bad]}"
  printf '%-34s %9s %8s %8s |   (the same, 2 connections; %s non-2xx)\n' "request patients, N = 10, 2 conn." \
    "${R[request.2.rps]}" "${R[request.2.p50]}" "${R[request.2.p99]}" "${R[request.2.bad]}"
  printf '%-34s %9s %8s %8s |   (target p99 <= 20 ms; %s non-2xx)\n' "public statistics, province" \
    "${R[statistics.province.rps]}" "${R[statistics.province.p50]}" "${R[statistics.province.p99]}" "${R[statistics.province.bad]}"
  printf '%-34s %9s %8s %8s |   (target p99 <= 20 ms; %s non-2xx)\n' "public statistics, communities" \
    "${R[statistics.communities.rps]}" "${R[statistics.communities.p50]}" "${R[statistics.communities.p99]}" \
    "${R[statistics.communities.bad]}"
  echo
  echo "open model (load/OpenLoad.java) at half the throughput above, ${OPEN_SECONDS}s each, latency from the intended send time:"
  printf '%-34s %9s %9s %8s %8s %8s %8s %6s\n' "endpoint" "asked/s" "sent/s" "p50 ms" "p99 ms" "p99.9 ms" "max ms" "bad"
  for name in waitlist attach request; do
    case $name in
      waitlist) label="waitlist page, $largest_name" ;;
      attach) label="attach" ;;
      request) label="request patients, N = 10" ;;
    esac
    printf '%-34s %9s %9s %8s %8s %8s %8s %6s\n' "$label" "$(( (R[$name.rps] + 1) / 2 ))" "${R[$name.open.rate]}" \
      "${R[$name.open.p50]}" "${R[$name.open.p99]}" "${R[$name.open.p999]}" "${R[$name.open.max]}" "${R[$name.open.bad]}"
  done
  echo
  echo "panel submission, 2 000 rows, upload to COMPLETED: median ${sorted_ms[$(( ${#sorted_ms[@]} / 2 ))]} ms, max ${sorted_ms[-1]} ms over $SUBMISSIONS (last: $submission_result)"
  echo "start to first answered request: $start_ms ms, $start_cpu_ms ms of CPU (first 200 of GET /patients/{id}: $first_api_ms ms; Quarkus says $started_line)"
  echo "RSS after start: $((rss_start_kb / 1024)) MB; peak RSS: $((rss_peak_kb / 1024)) MB"
  echo "the minimal application (bench/minimal), started the same way: $minimal_ms ms, $minimal_cpu_ms ms of CPU, RSS $((minimal_rss_kb / 1024)) MB"
  echo
  echo "targets (README, docs/performance.md), one line each:"
  target "GET patient by id, x pgbench" "$(answered get-patient "$(ratio "${R[get-patient.rps]}" "${R[get-patient.pg.tps]}")")" '>=' 0.5 ""
  target "waitlist page, x pgbench" "$(answered waitlist "$(ratio "${R[waitlist.rps]}" "${R[waitlist.pg.tps]}")")" '>=' 0.5 ""
  target "waitlist page p99, open model at half" "$(answered waitlist.open "${R[waitlist.open.p99]}")" '<=' 20 " ms"
  target "attach p99, open model at half" "$(answered attach.open "${R[attach.open.p99]}")" '<=' 50 " ms"
  target "request patients p99, open model at half" "$(answered request.open "${R[request.open.p99]}")" '<=' 50 " ms"
  target "request patients p99, 8 connections" "$(answered request "${R[request.p99]}")" '<=' 200 " ms"
  target "public statistics p99, province" "$(answered statistics.province "${R[statistics.province.p99]}")" '<=' 20 " ms"
  target "public statistics p99, communities" "$(answered statistics.communities "${R[statistics.communities.p99]}")" '<=' 20 " ms"
  target "start to first answered request" "$start_ms" '<=' 1500 " ms"
  target "start, x the minimal app" "$(ratio "$start_ms" "$minimal_ms")" '<=' 1.3 ""
  target "RSS after start" "$((rss_start_kb / 1024))" '<=' 200 " MB"
}

# answered RUN FIGURE: the figure, or "errors" when some requests of the run were not answered 2xx (fast 401s or
# 409s make a fine-looking p99 of the wrong work).
answered() { if (( ${R[$1.bad]:-0} > 0 )); then echo "errors"; else echo "$2"; fi; }

# One target: its figure, the target and whether it is met (a missing figure is missed).
target() {
  local label=$1 figure=$2 op=$3 limit=$4 unit=$5 verdict
  verdict=$(awk -v f="$figure" -v op="$op" -v l="$limit" 'BEGIN {
    if (f !~ /^[0-9.]+$/) { print "missed"; exit }
    met = (op == "<=") ? (f + 0 <= l + 0) : (f + 0 >= l + 0)
    print (met ? "met" : "missed") }')
  printf '  %-40s %10s  target %-12s %s\n' "$label" "$figure$unit" "$op $limit$unit" "$verdict"
}
report | tee "${BENCH_OUT:-/dev/null}"

# BENCH_TSV: the figures as "name<TAB>value" lines, for scaling.sh's table (one run per size of the province).
figures() {
  local name label
  for name in get-patient waitlist panel attach request statistics.province statistics.communities; do
    case $name in
      get-patient) label="GET patient by id" ;;
      waitlist) label="waitlist page" ;;
      panel) label="panel page" ;;
      attach) label="attach" ;;
      request) label="request patients, N = 10" ;;
      statistics.province) label="public statistics, province" ;;
      statistics.communities) label="public statistics, communities" ;;
    esac
    printf '%s: req/s\t%s\n%s: p99 ms\t%s\n' "$label" "${R[$name.rps]}" "$label" "${R[$name.p99]}"
    [[ -n ${R[$name.pg.tps]:-} ]] && printf '%s: pgbench p99 ms\t%s\n' "$label" "${R[$name.pg.p99]}"
  done
  for name in waitlist attach request; do
    printf '%s, open model at half: p99 ms\t%s\n' "$name" "${R[$name.open.p99]}"
  done
  printf 'panel submission 2 000 rows: median ms\t%s\n' "${sorted_ms[$(( ${#sorted_ms[@]} / 2 ))]}"
  printf 'start: ms\t%s\nRSS after start: MB\t%s\n' "$start_ms" "$((rss_start_kb / 1024))"
}
if [[ -n ${BENCH_TSV:-} ]]; then figures >"$BENCH_TSV"; fi
