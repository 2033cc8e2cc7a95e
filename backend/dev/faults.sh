#!/usr/bin/env bash
# `make faults`: fault tests of the packaged API (not part of `make test`; about 15 minutes).
#
#   1. db       PostgreSQL restarted (`pg_ctl restart -m immediate`) under a load of parallel
#               registrations: seconds until the API answers writes again (target <= 5 s, no API
#               restart), what clients saw meanwhile, and every write answered 201 read back (0 lost).
#   2. keycloak Keycloak stopped for FAULTS_KEYCLOAK_DOWN_SECONDS (600): a token obtained before the
#               stop keeps working while valid (+0, +1 min, +4 min), is 401 once expired, nothing is
#               5xx and /q/health/live stays 200 all along; then Keycloak is started again.
#   3. kill     `kill -9` of the API during a panel upload (while the body is sent, and while the
#               20 000-row file is applied) and during a burst of attaches; after the restart SQL
#               checks that nothing is half-written.
#
# Everything is private and on 127.0.0.1: a throw-away PostgreSQL cluster (initdb, port
# FAULTS_PG_PORT 5440), a second Keycloak with its own copy of the distribution and data
# (FAULTS_KEYCLOAK_PORT 8190 / FAULTS_KEYCLOAK_MGMT_PORT 9190; never the shared one on 8180), and
# two instances of the packaged API (prod profile): A on FAULTS_API_PORT (8095) takes the database
# restart and the kills, B on FAULTS_API2_PORT (8096) serves the Keycloak scenario. A reads the
# realm's keys from a file fetched at the start, so that its restarts while Keycloak is down (the
# scenarios overlap to save time) are not mixed up with scenario 2; B fetches them from Keycloak.
# Processes and temporary files are removed on exit; logs are kept in .cache/faults/.
#
# Usage: backend/dev/faults.sh            (build the jar first: make build, or let make faults do it)
# Environment: FAULTS_KEYCLOAK_DOWN_SECONDS (600), FAULTS_WORKERS (8, parallel writers),
#   FAULTS_DB_LOAD_SECONDS (8, load before the restart), FAULTS_PANEL_ROWS (20000),
#   FAULTS_ATTACHES (160) and FAULTS_CAPACITY (100), FAULTS_CLOCK_SKEW (60), FAULTS_JAR, FAULTS_PG_BIN (PostgreSQL's bin
#   directory; initdb runs as user postgres when this script runs as root), the ports above.
# Needs: bash 5, curl, awk, PostgreSQL server binaries (initdb, pg_ctl) and psql, a JDK >= 21.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
LOG_TAG=faults LOG_CLOCK=1; source "$here/lib.sh"

API_PORT=${FAULTS_API_PORT:-8095}
API2_PORT=${FAULTS_API2_PORT:-8096}
PG_PORT=${FAULTS_PG_PORT:-5440}
KC_PORT=${FAULTS_KEYCLOAK_PORT:-8190}
KC_MGMT_PORT=${FAULTS_KEYCLOAK_MGMT_PORT:-9190}
KC_DOWN=${FAULTS_KEYCLOAK_DOWN_SECONDS:-600}
WORKERS=${FAULTS_WORKERS:-8}
LOAD_SECONDS=${FAULTS_DB_LOAD_SECONDS:-8}
PANEL_ROWS=${FAULTS_PANEL_ROWS:-20000}
ATTACHES=${FAULTS_ATTACHES:-160}
# smallrye-jwt accepts a token up to its clock skew after `exp` (mp.jwt.verify.clock.skew, 60 s by
# default; `smallrye.jwt.expiration.grace=0` does not lower it, and 0 is ignored): answers in that
# window may be 200 or 401.
CLOCK_SKEW=${FAULTS_CLOCK_SKEW:-60}
CAPACITY=${FAULTS_CAPACITY:-100}
JAR=${FAULTS_JAR:-$root/backend/target/quarkus-app/quarkus-run.jar}
PG_BIN=${FAULTS_PG_BIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}
[ -x "$PG_BIN/initdb" ] || PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
LOG_DIR=${FAULTS_LOG_DIR:-$root/.cache/faults}

API=http://127.0.0.1:$API_PORT
API2=http://127.0.0.1:$API2_PORT
ISSUER=http://localhost:$KC_PORT/realms/pas
LEE=e0000000-0000-4000-8000-000000000003   # Dr. Jordan Lee (demo user dr.lee)

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }   # ms -> "1.2"

for p in "$PG_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$API_PORT" "$API2_PORT"; do
  case "$p" in 5432|8180|9180) die "port $p belongs to the shared services; pick another" ;; esac
  port_busy "$p" && die "port $p is in use (set the FAULTS_*_PORT variables)"
done
[ -f "$JAR" ] || die "no $JAR: build it first (make build)"
[ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server binaries (initdb) in $PG_BIN: set FAULTS_PG_BIN"
command -v psql >/dev/null || die "psql is needed"
export JAVA_HOME=${JAVA_HOME:-$("$here/java-home.sh")}
JAVA=$JAVA_HOME/bin/java

work=$(mktemp -d "${TMPDIR:-/tmp}/pas-faults.XXXXXX")
chmod 755 "$work"
mkdir -p "$work/s1" "$work/s3" "$LOG_DIR"
PGDATA_DIR=$work/pgdata
PGOPTS="-p $PG_PORT -c listen_addresses=127.0.0.1 -k $work/pgsock"
if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
kc() {
  env -u KEYCLOAK_URL KEYCLOAK_PORT="$KC_PORT" KEYCLOAK_MGMT_PORT="$KC_MGMT_PORT" KEYCLOAK_CACHE_DIR="$work/keycloak" \
    "$root/backend/keycloak/keycloak.sh" "$@"
}
q() { PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$PG_PORT" -U pas -d pas -AtqX -v ON_ERROR_STOP=1 -c "$1"; }

API_A_PID=""
API_B_PID=""
pg_started=0
kc_started=0

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  [ -f "$work/s1.stop" ] || touch "$work/s1.stop" 2>/dev/null
  local j
  for j in $(jobs -p); do kill "$j" 2>/dev/null; done
  for j in "$API_A_PID" "$API_B_PID"; do [ -n "$j" ] && kill "$j" 2>/dev/null; done
  for j in "$API_A_PID" "$API_B_PID"; do
    [ -n "$j" ] || continue
    for _ in $(seq 20); do kill -0 "$j" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$j" 2>/dev/null
  done
  (( kc_started )) && kc stop >/dev/null 2>&1
  (( pg_started )) && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1
  cp "$work"/*.log "$LOG_DIR/" 2>/dev/null
  cp "$work/keycloak/keycloak.log" "$LOG_DIR/keycloak-faults.log" 2>/dev/null
  rm -rf "$work"
  (( rc == 0 )) || log "failed (exit $rc); logs in ${LOG_DIR#"$root"/}"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the stack -------------------------------------------------------------------------------

start_pg() {
  mkdir -p "$PGDATA_DIR" "$work/pgsock"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR" "$work/pgsock"
  as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U pas --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log"; die "initdb failed"; }
  touch "$work/postgres.log"; [ "$(id -u)" = 0 ] && chown postgres "$work/postgres.log"
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$work/postgres.log" -o "$PGOPTS" -w -t 60 start >/dev/null
  pg_started=1
  PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$PG_PORT" -U pas -d postgres -qX -c 'create database pas' >/dev/null
}

# Starts the packaged API: $1 name (A or B), $2 port, $3 JWKS location. Sets API_<name>_PID.
start_api() {
  local name=$1 port=$2 jwks=$3 pid
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pas" \
      QUARKUS_DATASOURCE_USERNAME=pas QUARKUS_DATASOURCE_PASSWORD=pas \
      API_PORT="$port" API_HOST=127.0.0.1 \
      PAS_OIDC_ISSUER="$ISSUER" PAS_OIDC_JWKS_URL="$jwks" \
      PAS_RATE_LIMIT_EXPENSIVE=1000000 PAS_MAIL_MOCK=true \
      "$JAVA" -Xmx512m -jar "$JAR" >>"$work/api-$name.log" 2>&1 &
  pid=$!
  printf -v "API_${name}_PID" '%s' "$pid"
}

# Waits until the API on port $1 (pid $2) is ready; prints the seconds it took since $3 (ms).
wait_api() {
  local port=$1 pid=$2 since=$3 rc=0
  WAIT_STEP=0.2 wait_for 120 "$pid" http_ok "http://127.0.0.1:$port/q/health/ready" || rc=$?
  case $rc in
    0) secs $(( $(now_ms) - since )) ;;
    2) die "the API on port $port exited; see its log in ${LOG_DIR#"$root"/}" ;;
    *) die "the API on port $port was not ready within 120 s" ;;
  esac
}

token() { kc token "$1"; }
# The exp claim (epoch seconds) of a JWT.
token_exp() {
  local p
  p=$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')
  while (( ${#p} % 4 )); do p+='='; done
  printf '%s' "$p" | base64 -d 2>/dev/null | grep -o '"exp":[0-9]*' | cut -d: -f2
}

# PHN with digits 2-9 = $1 (8 digits) and its check digit; fails when no check digit exists.
phn_of() {
  local body=$1 w=(2 4 8 5 10 9 7 3) s=0 k c
  for k in 0 1 2 3 4 5 6 7; do s=$(( s + (10#${body:k:1} * w[k]) % 11 )); done
  c=$(( (11 - s % 11) % 11 ))
  (( c == 10 )) && return 1
  echo "9$body$c"
}

json_id() { { grep -o '"id":"[^"]*"' "$1" 2>/dev/null || true; } | head -n1 | cut -d'"' -f4; }

log "work dir $work; PostgreSQL binaries $PG_BIN; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run_started=$(now_ms)

# Keycloak: its own copy of the distribution (data excluded: the realm is imported afresh).
"$root/backend/keycloak/keycloak.sh" fetch
kc_version=$(sed -n 's/^KEYCLOAK_VERSION="\${KEYCLOAK_VERSION:-\([^}]*\)}"$/\1/p' "$root/backend/keycloak/keycloak.sh")
kc_version=${KEYCLOAK_VERSION:-$kc_version}
mkdir -p "$work/keycloak"
(cd "$root/.cache/keycloak" && tar --exclude "keycloak-$kc_version/data" -cf - "keycloak-$kc_version") \
  | (cd "$work/keycloak" && tar -xf -)
kc_started=1
kc start
log "Keycloak starting on $KC_PORT (its own data in the work dir)"

start_pg
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (throw-away cluster)"

t=$(now_ms)
start_api B "$API2_PORT" "$ISSUER/protocol/openid-connect/certs"
log "API B ready in $(wait_api "$API2_PORT" "$API_B_PID" "$t") s (Flyway migrated)"
psql -h 127.0.0.1 -p "$PG_PORT" -U pas -d pas -qX -v ON_ERROR_STOP=1 \
  -f "$root/backend/src/main/resources/db/demo/R__demo_data.sql" >/dev/null
VAN=$(q "select id from community where name = 'Vancouver'")
[ -n "$VAN" ] || die "no community Vancouver"
KEYCLOAK_WAIT_TIMEOUT=300 kc wait
curl -sf --max-time 10 "http://127.0.0.1:$KC_PORT/realms/pas/protocol/openid-connect/certs" >"$work/jwks.json"
t=$(now_ms)
start_api A "$API_PORT" "file:$work/jwks.json"
API_A_START_S=$(wait_api "$API_PORT" "$API_A_PID" "$t")
log "API A ready in $API_A_START_S s; demo data loaded; setup took $(secs $(( $(now_ms) - run_started ))) s"

# --- 1. PostgreSQL restarted under load -------------------------------------------------------

reg_json() { # phn worker seq
  local y=$(( 1940 + $3 % 60 )) m=$(( 1 + $3 % 12 )) d=$(( 1 + $3 % 28 ))
  printf '{"phn":"%s","familyName":"Faultload","givenNames":"W%s N%s","dateOfBirth":"%04d-%02d-%02d","gender":"X",' "$1" "$2" "$3" "$y" "$m" "$d"
  printf '"address":{"line1":"%s Test Street","city":"Vancouver","province":"BC","postalCode":"V6H 1A5"},' "$3"
  printf '"communityId":"%s","preferredLanguage":"en","consentToShare":true,"relationshipToRegistrant":"OTHER_DEPENDANT",' "$VAN"
  printf '"questionnaire":{"chronicConditions":[],"pregnant":false,"recentHospitalStay":false,"mentalHealthNeeds":false,"mobilityLimitations":false}}'
}

# Registers patients until s1.stop exists; logs "start_ms end_ms status phn worker seq id".
s1_worker() {
  set +e
  local w=$1 i=0 phn code t0 t1 id out=$work/s1/body.$1
  while [ ! -e "$work/s1.stop" ]; do
    i=$((i + 1))
    phn=$(phn_of "$(printf '1%d%06d' "$w" "$i")") || continue
    t0=$(now_ms)
    code=$(curl -s -o "$out" -w '%{http_code}' --max-time 20 -H "Authorization: Bearer $ADMIN" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: faults-$w-$i" -d "$(reg_json "$phn" "$w" "$i")" \
      "$API/api/v1/patients") || true
    t1=$(now_ms)
    id=-
    if [ "$code" = 201 ]; then id=$(json_id "$out"); else
      printf '%s %s\n' "$code" "$(tr -d '\n' <"$out" 2>/dev/null | grep -o '"detail":"[^"]*"' | head -c 160)" >>"$work/s1/errors"
    fi
    echo "$t0 $t1 $code $phn $w $i $id" >>"$work/s1/w$w.log"
  done
}

log "1. PostgreSQL restart under load: $WORKERS writers register patients on API A"
ADMIN=$(token admin)
s1_pids=()
for w in $(seq 1 "$WORKERS"); do s1_worker "$w" & s1_pids+=($!); done
sleep "$LOAD_SECONDS"
t_restart=$(now_ms)
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$work/postgres.log" -o "$PGOPTS" -m immediate -w -t 60 restart >/dev/null
t_pgup=$(now_ms)
log "   pg_ctl restart -m immediate: PostgreSQL accepting connections again after $(secs $((t_pgup - t_restart))) s"
sleep 12
touch "$work/s1.stop"
wait "${s1_pids[@]}"
cat "$work"/s1/w*.log >"$work/s1/all"
read -r S1_TOTAL S1_BEFORE_ERR S1_OUT_ERR S1_FIRST S1_LAST S1_MAXLAT S1_CODES <<<"$(awk -v tr="$t_restart" '
  { n++; lat = $2 - $1
    if ($1 >= tr && $3 == 201 && (first == "" || $2 < first)) first = $2
    if ($3 != 201) { if ($2 < tr) before++; else { out++; codes[$3]++; if ($2 > last) last = $2 } }
    if ($2 >= tr && lat > maxlat) maxlat = lat }
  END { s = ""; for (c in codes) s = s (s == "" ? "" : ",") c "x" codes[c]
        printf "%d %d %d %d %d %d %s\n", n, before + 0, out + 0, first - tr, (last ? last - tr : 0), maxlat, (s == "" ? "none" : s) }' "$work/s1/all")"
S1_OK=$(awk '$3 == 201' "$work/s1/all" | wc -l)
awk '$3 == 201 { print $7 }' "$work/s1/all" >"$work/s1/ids"
# Ambiguous outcomes: a failed request whose patient exists anyway (committed, answer lost).
awk '$3 != 201 { print $4 }' "$work/s1/all" >"$work/s1/failed-phns"
s1_sql() {
  psql -h 127.0.0.1 -p "$PG_PORT" -U pas -d pas -AtqX -v ON_ERROR_STOP=1 <<SQL
create temp table ids (id uuid);
create temp table failed (phn varchar(10));
\copy ids from '$work/s1/ids'
\copy failed from '$work/s1/failed-phns'
select (select count(*) from ids where not exists (select 1 from patient p where p.id = ids.id)) || ' '
    || (select count(*) from ids where not exists (select 1 from waitlist_entry e where e.patient_id = ids.id)) || ' '
    || (select count(*) from failed where exists (select 1 from patient p where p.phn = failed.phn));
SQL
}
read -r S1_LOST S1_LOST_ENTRY S1_AMBIGUOUS <<<"$(s1_sql)"
# Clients retry what failed, with the same Idempotency-Key: each ends registered exactly once.
S1_RETRY_NEW=0; S1_RETRY_REPLAYED=0; S1_RETRY_OTHER=0
while read -r _ _ code phn w i _; do
  [ "$code" = 201 ] && continue
  hdr=$(curl -s -D - -o /dev/null --max-time 20 -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: faults-$w-$i" -d "$(reg_json "$phn" "$w" "$i")" "$API/api/v1/patients" | tr -d '\r') || true
  hdr=${hdr,,}
  case "$hdr" in
    *"http/1.1 201"*"idempotent-replayed: true"*) S1_RETRY_REPLAYED=$((S1_RETRY_REPLAYED + 1)) ;;
    *"http/1.1 201"*) S1_RETRY_NEW=$((S1_RETRY_NEW + 1)) ;;
    *) S1_RETRY_OTHER=$((S1_RETRY_OTHER + 1)); echo "retry: $(head -n1 <<<"$hdr") $phn" >>"$work/s1/errors" ;;
  esac
done <"$work/s1/all"
S1_ATTEMPTED=$(awk '{ print $4 }' "$work/s1/all" | sort -u | wc -l)
S1_STORED=$(q "select count(*) from patient where family_name = 'Faultload'")
S1_ERRSUM=$( (sort "$work/s1/errors" 2>/dev/null | uniq -c | sort -rn | head -n 4) || true)
log "   $S1_TOTAL writes: $S1_OK answered 201; $S1_OUT_ERR failed during the outage ($S1_CODES), $S1_BEFORE_ERR before it"
S1_PGUP=$((t_pgup - t_restart))
log "   first write answered 201 $(secs "$S1_FIRST") s after the restart began ($(secs $((S1_FIRST - S1_PGUP))) s after PostgreSQL was back); last failure at $(secs "$S1_LAST") s; slowest answer in the outage $(secs "$S1_MAXLAT") s"
log "   201s not in the database: $S1_LOST (entries missing: $S1_LOST_ENTRY); failed but committed: $S1_AMBIGUOUS"
log "   retries with the same Idempotency-Key: $S1_RETRY_NEW registered now, $S1_RETRY_REPLAYED replayed, $S1_RETRY_OTHER not 201; $S1_STORED patients stored for $S1_ATTEMPTED PHNs tried"
[ -n "$S1_ERRSUM" ] && printf '   what failed requests answered (count status detail):\n%s\n' "$S1_ERRSUM" | sed 's/^/     /'

# --- 2 and 3 overlap: Keycloak goes down, the kills run on API A meanwhile --------------------
# Scenario 3c attaches ATTACHES waiting Vancouver entries: register more if the load made fewer.
topup_worker() {
  set +e
  local w=$1 i phn
  for (( i = w; i <= need * 11 / 10 + WORKERS; i += WORKERS )); do
    phn=$(phn_of "$(printf '2%07d' "$i")") || continue
    curl -s -o /dev/null --max-time 30 -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
      -d "$(reg_json "$phn" T "$i")" "$API/api/v1/patients"
  done
}
need=$(( ATTACHES - $(q "select count(*) from waitlist_entry where status = 'WAITING' and community_id = '$VAN'") ))
if (( need > 0 )); then
  ADMIN=$(token admin)
  topup_pids=()
  for w in $(seq 1 "$WORKERS"); do topup_worker "$w" & topup_pids+=($!); done
  wait "${topup_pids[@]}" || true
  log "   (registered about $need more patients for scenario 3)"
fi


ADMIN=$(token admin)
DOC=$(token dr.lee)
DOC_EXP=$(token_exp "$DOC")
KTOK=$(token dr.lee)
KTOK_EXP=$(token_exp "$KTOK")
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $KTOK" "$API2/api/v1/me")
[ "$code" = 200 ] || die "API B answered $code to a fresh token before the stop"
log "2. Keycloak stopped for $KC_DOWN s; a token obtained just before (expires in $(( KTOK_EXP - $(date +%s) )) s) on API B"
kc stop >/dev/null 2>&1
t_kc_stop=$(now_ms)
curl -s -o /dev/null --max-time 3 "http://127.0.0.1:$KC_PORT/realms/pas" && die "Keycloak still answers after stop"

# Probes API B every 10 s while Keycloak is down; "offset_s token_status live_status expect".
s2_probe() {
  set +e
  local k=0 target off tc lc nc expect left
  while :; do
    target=$(( t_kc_stop + k * 10000 ))
    (( target - t_kc_stop > KC_DOWN * 1000 )) && break
    while (( $(now_ms) < target )); do sleep 0.2; done
    off=$(( k * 10 ))
    tc=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $KTOK" "$API2/api/v1/me") || tc=000
    lc=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$API2/q/health/live") || lc=000
    nc=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$API2/api/v1/me") || nc=000
    left=$(( KTOK_EXP - $(date +%s) ))
    if (( left > 1 )); then expect=200; elif (( left < -CLOCK_SKEW - 1 )); then expect=401; else expect=$tc; fi
    echo "$off $tc $lc $nc $expect" >>"$work/s2.probes"
    k=$((k + 1))
  done
}
s2_probe &
S2_PID=$!

log "3. kill -9 of API A (panel upload and attaches as dr.lee)"
restart_a() { # sets RESTART_S
  local t
  t=$(now_ms)
  start_api A "$API_PORT" "file:$work/jwks.json"
  RESTART_S=$(wait_api "$API_PORT" "$API_A_PID" "$t")
}
kill9_a() { kill -9 "$API_A_PID"; wait "$API_A_PID" 2>/dev/null || true; }

panel_csv "$PANEL_ROWS" Faultpanel >"$work/s3/panel.csv"
PANEL_KIB=$(( $(stat -c %s "$work/s3/panel.csv") / 1024 ))

# 3a. Killed while the file is being sent (throttled upload): nothing may be stored.
(
  set +e
  code=$(curl -s -o /dev/null -w '%{http_code}' --limit-rate 100k --max-time 60 -H 'Expect:' -H "Authorization: Bearer $DOC" \
    -F "file=@$work/s3/panel.csv;type=text/csv" -F mode=ALL_OR_NOTHING "$API/api/v1/providers/$LEE/panel/submissions")
  echo "$code (curl exit $?)" >"$work/s3/upload1.code"
) &
up_pid=$!
sleep 3
kill9_a
wait "$up_pid" 2>/dev/null || true
S3A1_CLIENT=$(cat "$work/s3/upload1.code")
restart_a; S3A1_RESTART=$RESTART_S
S3A1_SUBS=$(q "select count(*) from panel_submission where provider_id = '$LEE'")
S3A1_MEMBERS=$(q "select count(*) from panel_member where provider_id = '$LEE'")
log "   3a upload cut after 3 s of $PANEL_KIB KiB: client saw $S3A1_CLIENT; API back in $S3A1_RESTART s; submissions stored $S3A1_SUBS, panel members $S3A1_MEMBERS"

# 3b. Killed while the submission is applied: once its lease expires (30 s) the restarted API takes it up and completes it once.
code=$(curl -s -o "$work/s3/upload2.json" -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $DOC" \
  -F "file=@$work/s3/panel.csv;type=text/csv" -F mode=ALL_OR_NOTHING "$API/api/v1/providers/$LEE/panel/submissions")
[ "$code" = 202 ] || die "panel upload answered $code: $(head -c 300 "$work/s3/upload2.json")"
SUB=$(json_id "$work/s3/upload2.json")
S3B_AT_KILL=""
seen=0
for _ in $(seq 1200); do
  state=$(q "select status || ' ' || rows_processed from panel_submission where id = '$SUB'")
  case "$state" in
    PROCESSING\ 0) seen=$((seen + 1)); (( seen >= 15 )) && { kill9_a; S3B_AT_KILL=$state; break; } ;;
    PROCESSING\ *) kill9_a; S3B_AT_KILL=$state; break ;;
    RECEIVED*) ;;
    *) break ;;
  esac
  sleep 0.05
done
[ -n "$S3B_AT_KILL" ] || die "the submission finished ($state) before it could be killed: raise FAULTS_PANEL_ROWS"
S3B_MEMBERS_AT_KILL=$(q "select count(*) from panel_member where submission_id = '$SUB'")
restart_a; S3B_RESTART=$RESTART_S
for _ in $(seq 600); do
  state=$(q "select status from panel_submission where id = '$SUB'")
  case "$state" in RECEIVED|PROCESSING) sleep 0.2 ;; *) break ;; esac
done
read -r S3B_STATUS S3B_ADDED S3B_ROWS S3B_MEMBERS S3B_LEE_TELEPLAN S3B_RESULTS S3B_FILE S3B_AUDIT <<<"$(q "
  select s.status, s.added, s.rows_total,
         (select count(*) from panel_member m where m.submission_id = s.id),
         (select count(*) from panel_member m where m.provider_id = '$LEE' and m.source = 'TELEPLAN'),
         (select count(*) from panel_submission_row r where r.submission_id = s.id),
         (select count(*) from panel_submission_file f where f.submission_id = s.id),
         (select count(*) from audit_event a where a.action = 'PANEL_SUBMISSION_APPLY' and a.resource_id = s.id::text)
  from panel_submission s where s.id = '$SUB'" | tr '|' ' ')"
log "   3b killed while applying ($S3B_AT_KILL rows processed, $S3B_MEMBERS_AT_KILL members visible); API back in $S3B_RESTART s"
log "      after restart: $S3B_STATUS, $S3B_ADDED added of $S3B_ROWS rows; members from it $S3B_MEMBERS (TELEPLAN on the panel $S3B_LEE_TELEPLAN); result rows $S3B_RESULTS; file left $S3B_FILE; apply audit events $S3B_AUDIT"

# 3c. Killed during a burst of attaches on waiting Vancouver entries, with capacity $CAPACITY.
etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $DOC" "$API/api/v1/providers/$LEE/capacity" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
code=$(curl -s -o "$work/s3/cap.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $DOC" -H "If-Match: $etag" \
  -H 'Content-Type: application/json' \
  -d "{\"acceptingNewPatients\":true,\"monthlyCapacity\":$CAPACITY,\"desiredPanelSize\":5000,\"complexityMix\":{\"lowPercent\":50,\"moderatePercent\":35,\"highPercent\":15}}" \
  "$API/api/v1/providers/$LEE/capacity")
[ "$code" = 200 ] || die "capacity update answered $code: $(head -c 300 "$work/s3/cap.json")"
q "select id from waitlist_entry where status = 'WAITING' and community_id = '$VAN' order by rank_at, id limit $ATTACHES" \
  >"$work/s3/entries"
[ "$(wc -l <"$work/s3/entries")" -ge "$ATTACHES" ] || die "not enough waiting entries for the attaches"
attach_worker() { # worker: entries with line number = worker (mod WORKERS); logs "entry status"
  set +e
  local w=$1 n=0 e code
  while read -r e; do
    n=$((n + 1)); (( n % WORKERS == w % WORKERS )) || continue
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H "Authorization: Bearer $DOC" -H 'Content-Type: application/json' \
      -d "{\"providerId\":\"$LEE\"}" "$API/api/v1/waitlist-entries/$e/attach") || true
    echo "$e $code" >>"$work/s3/attach.$w"
  done <"$work/s3/entries"
}
attach_pids=()
for w in $(seq 1 "$WORKERS"); do attach_worker "$w" & attach_pids+=($!); done
for _ in $(seq 400); do
  (( $(cat "$work"/s3/attach.* 2>/dev/null | wc -l) >= ATTACHES / 4 )) && break
  sleep 0.05
done
S3C_ANSWERED_AT_KILL=$(cat "$work"/s3/attach.* 2>/dev/null | wc -l)
kill9_a
wait "${attach_pids[@]}" || true
cat "$work"/s3/attach.* >"$work/s3/attach.all"
S3C_CODES=$(awk '{ c[$2]++ } END { for (k in c) printf "%s%sx%d", (s++ ? "," : ""), k, c[k] }' "$work/s3/attach.all")
restart_a; S3C_RESTART=$RESTART_S

s3_invariants() {
  q "
  with lee_entries as (select * from waitlist_entry where attached_provider_id = '$LEE' and status = 'ATTACHED')
  select (select count(*) from lee_entries),
         (select count(*) from waitlist_entry e where e.status = 'ATTACHED' and (select count(*) from panel_member m
             where m.patient_id = e.patient_id and m.provider_id = e.attached_provider_id and m.source = 'PAS_ATTACHMENT') <> 1),
         (select count(*) from panel_member m where m.source = 'PAS_ATTACHMENT' and not exists (select 1 from waitlist_entry e
             where e.patient_id = m.patient_id and e.status = 'ATTACHED' and e.attached_provider_id = m.provider_id)),
         (select count(*) from waitlist_entry e join panel_member m on m.patient_id = e.patient_id
             where e.status in ('WAITING', 'PROPOSED')),
         (select count(*) from lee_entries e where not exists (select 1 from waitlist_transition t
             where t.entry_id = e.id and t.to_status = 'ATTACHED')),
         (select count(*) from panel_member m where m.provider_id = '$LEE' and m.source = 'PAS_ATTACHMENT'
             and m.added_at >= date_trunc('month', now() at time zone 'America/Vancouver') at time zone 'America/Vancouver'),
         (select monthly_capacity from provider_capacity where provider_id = '$LEE')" | tr '|' ' '
}
read -r C_ATTACHED C_NO_MEMBER C_ORPHAN C_WAITING_MEMBER C_NO_TRANSITION C_USED C_CAP <<<"$(s3_invariants)"
ids200=$(awk '$2 == 200 { printf "%s\047%s\047", (n++ ? "," : ""), $1 }' "$work/s3/attach.all")
C_LOST_200=0
[ -z "$ids200" ] || C_LOST_200=$(q "select count(*) from waitlist_entry where id in ($ids200)
  and not (status = 'ATTACHED' and attached_provider_id = '$LEE')")
C_200=$(awk '$2 == 200' "$work/s3/attach.all" | wc -l)
C_UNANSWERED_COMMITTED=$(( C_ATTACHED - C_200 ))
C_API_USED=$(curl -s -H "Authorization: Bearer $DOC" "$API/api/v1/providers/$LEE/capacity" | grep -o '"usedThisMonth":[0-9]*' | cut -d: -f2)
log "   3c killed after $S3C_ANSWERED_AT_KILL of $ATTACHES attaches were answered (all answers: $S3C_CODES); API back in $S3C_RESTART s"
log "      ATTACHED $C_ATTACHED; without exactly one PAS_ATTACHMENT member $C_NO_MEMBER; members without entry $C_ORPHAN;"
log "      WAITING/PROPOSED with a membership $C_WAITING_MEMBER; without ATTACHED transition $C_NO_TRANSITION; used $C_USED (API: ${C_API_USED:-?}) of $C_CAP; 200s lost $C_LOST_200"
log "      committed but unanswered (in flight at the kill): $C_UNANSWERED_COMMITTED"
# The unanswered attaches retried after the restart (a retry of one that was committed answers 200).
: >"$work/s3/retry"
while read -r e code; do
  [ "$code" = 200 ] || [ "$code" = 409 ] && continue
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H "Authorization: Bearer $DOC" -H 'Content-Type: application/json' \
    -d "{\"providerId\":\"$LEE\"}" "$API/api/v1/waitlist-entries/$e/attach") || true
  echo "$e $code" >>"$work/s3/retry"
done <"$work/s3/attach.all"
S3C_RETRY=$(awk '{ c[$2]++ } END { for (k in c) printf "%s%sx%d", (s++ ? "," : ""), k, c[k] }' "$work/s3/retry")
read -r R_ATTACHED R_NO_MEMBER R_ORPHAN R_WAITING_MEMBER R_NO_TRANSITION R_USED R_CAP <<<"$(s3_invariants)"
log "      retried the unanswered: ${S3C_RETRY:-none}; then ATTACHED $R_ATTACHED, used $R_USED of $R_CAP; invariants: $R_NO_MEMBER $R_ORPHAN $R_WAITING_MEMBER $R_NO_TRANSITION (all 0 expected)"
S3_TOKEN_LEFT=$(( DOC_EXP - $(date +%s) ))

# --- 2, continued: wait for the end of the window, then Keycloak comes back --------------------

log "   (scenario 3 done; waiting for the end of the $KC_DOWN s Keycloak outage)"
wait "$S2_PID" || true
S2_SUM=$(awk -v exp_s=$(( KTOK_EXP - t_kc_stop / 1000 )) '
  { n++; if ($2 != $5) bad++; if ($2 ~ /^5/ || $3 ~ /^5/ || $4 ~ /^5/ || $2 == "000" || $3 == "000") five++
    if ($3 != 200) notlive++; if ($4 != 401) nontok++
    if ($2 == 200) last200 = $1; if ($2 == 401 && first401 == "") first401 = $1
    if ($1 == 0 || $1 == 60 || $1 == 240) at[$1] = $2 }
  END { printf "%d %d %d %d %d %s %s %s %s %s %s\n", n, bad + 0, five + 0, notlive + 0, nontok + 0,
        (0 in at ? at[0] : "-"), (60 in at ? at[60] : "-"), (240 in at ? at[240] : "-"),
        (last200 == "" ? "-" : last200), (first401 == "" ? "-" : first401), exp_s }' "$work/s2.probes")
read -r S2_N S2_BAD S2_5XX S2_NOTLIVE S2_NONTOK S2_AT0 S2_AT60 S2_AT240 S2_LAST200 S2_FIRST401 S2_EXP <<<"$S2_SUM"
t=$(now_ms)
kc start >/dev/null 2>&1
KEYCLOAK_WAIT_TIMEOUT=300 kc wait 2>/dev/null
NEW=$(token dr.lee)
S2_NEW=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $NEW" "$API2/api/v1/me")
S2_BACK=$(secs $(( $(now_ms) - t )))
log "   token at +0 / +60 / +240 s: $S2_AT0 / $S2_AT60 / $S2_AT240; last 200 at +$S2_LAST200 s, first 401 at +$S2_FIRST401 s (expiry at +$S2_EXP s, clock skew $CLOCK_SKEW s)"
log "   $S2_N probes over $KC_DOWN s: $S2_BAD unexpected, $S2_5XX 5xx or no answer; /q/health/live not 200: $S2_NOTLIVE; no-token not 401: $S2_NONTOK"
log "   Keycloak started again ($S2_BACK s): a new token answered $S2_NEW"

# --- summary -------------------------------------------------------------------------------

ok() { if eval "$1"; then echo PASS; else echo FAIL; fi; }
TOTAL_S=$(secs $(( $(now_ms) - run_started )))
{
  echo
  echo "Fault tests, $(date -u +%FT%TZ), $(nproc) cores, API ${API_A_START_S} s to ready, total ${TOTAL_S} s"
  printf '%-52s %-44s %s\n' "check" "measured" "result"
  printf '%-52s %-44s %s\n' "1 PostgreSQL down (pg_ctl restart -m immediate)" "$(secs $((t_pgup - t_restart))) s" "-"
  printf '%-52s %-44s %s\n' "1 API answers writes again (from PostgreSQL up)" "$(secs $((S1_FIRST - S1_PGUP))) s (first 201 $(secs "$S1_FIRST") s after restart)" "$(ok "(( S1_FIRST - S1_PGUP <= 5000 ))")"
  printf '%-52s %-44s %s\n' "1 last failed write (from restart)" "$(secs "$S1_LAST") s" "$(ok "(( S1_LAST - S1_PGUP <= 5000 ))")"
  printf '%-52s %-44s %s\n' "1 writes during the load" "$S1_TOTAL ($S1_OK x 201)" "-"
  printf '%-52s %-44s %s\n' "1 what clients saw in the outage" "$S1_CODES; slowest $(secs "$S1_MAXLAT") s" "$(ok "(( S1_MAXLAT <= 10000 ))")"
  printf '%-52s %-44s %s\n' "1 committed writes lost (201 not read back)" "$S1_LOST (entries $S1_LOST_ENTRY)" "$(ok "(( S1_LOST == 0 && S1_LOST_ENTRY == 0 ))")"
  printf '%-52s %-44s %s\n' "1 failed (of them committed), retried same key" "$S1_OUT_ERR ($S1_AMBIGUOUS): $S1_RETRY_NEW new, $S1_RETRY_REPLAYED replayed, $S1_RETRY_OTHER other" "$(ok "(( S1_RETRY_OTHER == 0 && S1_RETRY_REPLAYED == S1_AMBIGUOUS && S1_STORED == S1_ATTEMPTED ))")"
  printf '%-52s %-44s %s\n' "2 token from before the stop at +0/+1/+4 min" "$S2_AT0 / $S2_AT60 / $S2_AT240" "$(ok "[ '$S2_AT0' = 200 ] && [ '$S2_AT60' = 200 -o '$S2_AT60' = - ] && [ '$S2_AT240' = 200 -o '$S2_AT240' = - ]")"
  printf '%-52s %-44s %s\n' "2 same token after its expiry (exp +$S2_EXP s)" "last 200 +$S2_LAST200 s, 401 from +$S2_FIRST401 s" "$(ok "[ '$S2_FIRST401' = - ] || (( S2_FIRST401 >= S2_EXP && S2_FIRST401 <= S2_EXP + CLOCK_SKEW + 11 ))")"
  printf '%-52s %-44s %s\n' "2 probes: unexpected / 5xx / live not 200" "$S2_BAD / $S2_5XX / $S2_NOTLIVE of $S2_N over $KC_DOWN s" "$(ok "(( S2_BAD == 0 && S2_5XX == 0 && S2_NOTLIVE == 0 && S2_NONTOK == 0 ))")"
  printf '%-52s %-44s %s\n' "2 Keycloak back: new token" "$S2_NEW after $S2_BACK s" "$(ok "[ '$S2_NEW' = 200 ]")"
  printf '%-52s %-44s %s\n' "3a kill -9 during the upload body" "client $S3A1_CLIENT; stored $S3A1_SUBS, members $S3A1_MEMBERS" "$(ok "(( S3A1_SUBS == 0 && S3A1_MEMBERS == 0 ))")"
  printf '%-52s %-44s %s\n' "3b kill -9 while applying $PANEL_ROWS rows" "at '$S3B_AT_KILL': $S3B_MEMBERS_AT_KILL members visible" "$(ok "(( S3B_MEMBERS_AT_KILL == 0 ))")"
  printf '%-52s %-44s %s\n' "3b after restart (resumed)" "$S3B_STATUS, $S3B_ADDED added, members $S3B_MEMBERS, rows $S3B_RESULTS" "$(ok "[ '$S3B_STATUS' = COMPLETED ] && (( S3B_ADDED == PANEL_ROWS && S3B_MEMBERS == PANEL_ROWS && S3B_LEE_TELEPLAN == PANEL_ROWS && S3B_RESULTS == PANEL_ROWS && S3B_FILE == 0 && S3B_AUDIT == 1 ))")"
  printf '%-52s %-44s %s\n' "3c kill -9 during $ATTACHES attaches" "$S3C_CODES; $C_UNANSWERED_COMMITTED committed unanswered" "-"
  printf '%-52s %-44s %s\n' "3c ATTACHED = PAS members = used, <= capacity" "$C_ATTACHED = $C_USED (API ${C_API_USED:-?}) <= $C_CAP" "$(ok "(( C_ATTACHED == C_USED && C_USED <= C_CAP )) && [ '${C_API_USED:-x}' = '$C_USED' ]")"
  printf '%-52s %-44s %s\n' "3c half-written (no member/orphan/waiting/no trans.)" "$C_NO_MEMBER / $C_ORPHAN / $C_WAITING_MEMBER / $C_NO_TRANSITION; 200s lost $C_LOST_200" "$(ok "(( C_NO_MEMBER + C_ORPHAN + C_WAITING_MEMBER + C_NO_TRANSITION + C_LOST_200 == 0 ))")"
  printf '%-52s %-44s %s\n' "3c unanswered retried after restart" "${S3C_RETRY:-none}; ATTACHED $R_ATTACHED <= $R_CAP" "$(ok "(( R_NO_MEMBER + R_ORPHAN + R_WAITING_MEMBER + R_NO_TRANSITION == 0 && R_USED == R_ATTACHED && R_USED <= R_CAP ))")"
  echo "API restarts after kill -9: $S3A1_RESTART s, $S3B_RESTART s, $S3C_RESTART s; dr.lee's token had $S3_TOKEN_LEFT s left after scenario 3"
} | tee "$work/summary.log"
grep -q ' FAIL$' "$work/summary.log" && die "some checks failed"
log "all fault checks passed"
