#!/usr/bin/env bash
# `make cluster-test`: PAS as two instances behind HAProxy (backend/dev/cluster.sh, on a fresh database
# pas_cluster_test), under load from several clients through the proxy (backend/dev/cluster-load.mjs).
# Not part of `make test`; about 5 minutes. Each scenario prints PASS or FAIL with its figures; the
# whole ends with a Markdown table (also in .cache/cluster/test/summary.md; copied into docs/cluster.md).
#
#   a  kill -9 of one instance under load (reads, registrations with Idempotency-Key, attaches): share
#      of failed requests, no committed write lost, every attach exactly once, capacity never exceeded;
#      then the instance is started again.
#   b  a 20 000-row panel file: the instance applying it (panel_submission.claimed_by) is killed; the
#      other takes it over once the lease (set to 15 s here) ran out and applies it exactly once.
#   c  the scheduled jobs: entries made due for a reminder and for expiry; each reminder email sent once
#      (counted by an SMTP server of this script, backend/dev/cluster-smtp.mjs) and each entry expired once.
#   d  the rate limit: N expensive requests alternating between the instances (directly), then the next
#      one is 429 on either.
#   e  an admin changes a community on one instance: time until the other (directly) answers the change.
#   spa  Chromium signs in to the SPA through the proxy and Keycloak, and the SPA's API calls succeed;
#      Swagger UI and /q/openapi answer through the proxy.
#   f  a rolling restart (SIGTERM, graceful: readiness DOWN first) of one instance, then the other,
#      under load: no failed request.
#
# Environment: CT_LOAD_SECONDS (30, scenario a), CT_ROLLING_SECONDS (120: at most, scenario f), CT_CLIENTS (6),
#   CT_CAPACITY (40, dr.lee's monthly capacity) and CT_ATTACHES (120, entries attached in a),
#   CT_PANEL_ROWS (20000), CT_PANEL_LEASE (15: seconds, pas.panel.lease), CT_DUE (150 entries due for
#   each job), CT_RATE_LIMIT (10), CT_SMTP_PORT (2526); the cluster's ports as in cluster.sh.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
LOG_TAG=cluster-test LOG_CLOCK=1; source "$here/lib.sh"

LOAD_SECONDS=${CT_LOAD_SECONDS:-30}
ROLLING_SECONDS=${CT_ROLLING_SECONDS:-120}
CLIENTS=${CT_CLIENTS:-6}
CAPACITY=${CT_CAPACITY:-40}
ATTACHES=${CT_ATTACHES:-120}
PANEL_ROWS=${CT_PANEL_ROWS:-20000}
LEASE=${CT_PANEL_LEASE:-15}
DUE=${CT_DUE:-150}
RATE_LIMIT=${CT_RATE_LIMIT:-10}
SMTP_PORT=${CT_SMTP_PORT:-2526}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
LEE=e0000000-0000-4000-8000-000000000003   # Dr. Jordan Lee (demo user dr.lee)
cluster=$here/cluster.sh
out=$root/.cache/cluster/test
export CLUSTER_DB=${CLUSTER_DB:-pas_cluster_test} CLUSTER_FRESH_DB=1

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
token() { "$root/backend/keycloak/keycloak.sh" token "$1"; }
json() { node -e "const r = JSON.parse(require('fs').readFileSync(0, 'utf8')); console.log($1)"; }
header() { tr -d '\r' | sed -n "s/^$1: //Ip"; }

# row SCENARIO CHECK MEASURED PASS|FAIL: one line of the summary, printed as it comes.
row() {
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" >>"$out/rows.md"
  log "$1 $4: $2: $3"
}
verdict() { if eval "$1"; then echo PASS; else echo FAIL; fi; }

port_busy "$SMTP_PORT" && die "port $SMTP_PORT is in use (set CT_SMTP_PORT)"
rm -rf "$out"
mkdir -p "$out"
: >"$out/rows.md"
cluster_started=0
smtp_pid=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  (( cluster_started )) && "$cluster" stop
  [[ -n "$smtp_pid" ]] && kill "$smtp_pid" 2>/dev/null
  (( rc == 0 )) || log "failed (exit $rc); logs in .cache/cluster/"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

run_started=$(now_ms)
node "$here/cluster-smtp.mjs" "$SMTP_PORT" "$out/mail.log" &
smtp_pid=$!
: >"$out/mail.log"

log "starting the cluster (database $CLUSTER_DB, fresh)"
cluster_started=1
PAS_RATE_LIMIT_EXPENSIVE=1000000 PAS_NOTIFICATIONS_EVERY=1s PAS_WAITLIST_JOBS_EVERY=2s \
  PAS_MAIL_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT" \
  PAS_PANEL_LEASE="${LEASE}s" PAS_PANEL_RENEW_EVERY="$(( LEASE / 3 ))s" "$cluster" start
source "$root/.cache/cluster/cluster.env"
PROXY=$CLUSTER_PROXY
API=("" "$CLUSTER_API1" "$CLUSTER_API2")
q() { psql -h 127.0.0.1 -p "$CLUSTER_PG_HOST_PORT" -U postgres -d "$CLUSTER_PG_DB" -AtqX -v ON_ERROR_STOP=1 "$@"; }
VAN=$(q -c "select id from community where name = 'Vancouver'")
SETUP_S=$(secs $(( $(now_ms) - run_started )))
declare -A started_at=([1]=$(now_ms) [2]=$(now_ms))
restart() { # restart N [VAR=value...]: api-N started again (after a kill or a stop), ready and UP in HAProxy
  "$cluster" instance-start "$@"
  started_at[$1]=$(now_ms)
}

# load NAME PHN_PREFIX SECONDS [ENTRIES_FILE] [STOP_FILE]: the load client (for SECONDS or until STOP_FILE
# exists); its summary in $out/NAME.json.
load() {
  node "$here/cluster-load.mjs" --base "$PROXY" --seconds "$3" --clients "$CLIENTS" --out "$out/$1" \
    --phn-prefix "$2" --community "$VAN" --provider "$LEE" --keycloak "http://localhost:$KEYCLOAK_PORT" \
    ${4:+--entries "$4"} ${5:+--stop-file "$5"} >"$out/$1.json"
}
# load_figures NAME: "total failed firstAnswerNotOk p99 max" of a load run.
load_figures() { json 'r.total, r.failed, r.firstAnswerNotOk, r.p99, r.max' <"$out/$1.json"; }

log "warm-up: ${CLIENTS} clients for 15 s (and waiting patients for the attaches)"
load warmup 2 15
DOC=$(token dr.lee)
etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $DOC" "$PROXY/api/v1/providers/$LEE/capacity" | header etag)
code=$(curl -s -o "$out/capacity.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $DOC" -H "If-Match: $etag" \
  -H 'Content-Type: application/json' \
  -d "{\"acceptingNewPatients\":true,\"monthlyCapacity\":$CAPACITY,\"desiredPanelSize\":5000,\"complexityMix\":{\"lowPercent\":50,\"moderatePercent\":35,\"highPercent\":15}}" \
  "$PROXY/api/v1/providers/$LEE/capacity")
[[ $code == 200 ]] || die "capacity update answered $code: $(head -c 300 "$out/capacity.json")"

# --- the SPA and Swagger UI through the proxy ---------------------------------------------------
log "spa: Chromium signs in to the SPA through the proxy and Keycloak (coordinator); Swagger UI"
SPA_ORIGIN=http://localhost:${PROXY##*:}
SPA_CALLS=$(node "$here/cluster-spa.mjs" "$SPA_ORIGIN" coordinator 2>"$out/spa.err") || true
SPA_N=$(grep -c . <<<"$SPA_CALLS" || true)
SPA_NOT_OK=$(grep -vc '^2' <<<"$SPA_CALLS" || true)
row spa "SPA at $SPA_ORIGIN: sign-in through Keycloak, then its API calls" \
  "$SPA_N calls, $SPA_NOT_OK not 2xx ($(sort -u <<<"$SPA_CALLS" | cut -d' ' -f2- | head -n 3 | paste -sd, | sed 's/,/, /g'))" \
  "$(verdict "(( SPA_N > 0 && SPA_NOT_OK == 0 ))")"
SWAGGER=$(curl -s -o /dev/null -w '%{http_code}' "$SPA_ORIGIN/q/swagger-ui/")
curl -s -o "$out/openapi.yaml" "$SPA_ORIGIN/q/openapi"
OPENAPI=$(grep -m1 '^openapi:' "$out/openapi.yaml" || true)
row spa "Swagger UI and the contract through the proxy" "/q/swagger-ui/ $SWAGGER; /q/openapi: '$OPENAPI'" \
  "$(verdict "[[ $SWAGGER == 200 && '$OPENAPI' == openapi:\ 3* ]]")"

# --- a. kill -9 under load ---------------------------------------------------------------------
log "a. kill -9 of api-1 under load: $CLIENTS clients, $LOAD_SECONDS s"
q -c "select id from waitlist_entry where status = 'WAITING' and community_id = '$VAN' order by rank_at, id limit $ATTACHES" \
  >"$out/a-entries"
load a 3 "$LOAD_SECONDS" "$out/a-entries" &
load_pid=$!
sleep $(( LOAD_SECONDS / 3 ))
"$cluster" instance-stop 1 KILL
log "   api-1 killed; starting it again"
t=$(now_ms)
restart 1
A_RESTART=$(secs $(( $(now_ms) - t )))
wait "$load_pid"
read -r A_TOTAL A_FAILED A_FIRST A_P99 A_MAX <<<"$(load_figures a)"
A_SHARE=$(awk -v f="$A_FAILED" -v t="$A_TOTAL" 'BEGIN { printf "%.3f", 100 * f / t }')
read -r A_LOST A_LOST_ENTRY A_AMBIGUOUS A_200_NOT_ATTACHED A_ATTACHED_UNANSWERED A_NOT_ONE_MEMBER A_TWICE A_200 A_USED A_CAP A_REG \
  <<<"$(q <<SQL | tr '|' ' '
create temp table reg (phn text, key text, status int, id text, attempts int);
\copy reg from '$out/a/registered.tsv'
create temp table att (entry uuid, status int, attempts int);
\copy att from '$out/a/attaches.tsv'
select (select count(*) from reg where status = 201 and not exists (select 1 from patient p where p.id::text = reg.id)),
       (select count(*) from reg where status = 201 and not exists (select 1 from waitlist_entry e where e.patient_id::text = reg.id)),
       (select count(*) from reg where status <> 201 and exists (select 1 from patient p where p.phn = reg.phn)),
       (select count(*) from att where status = 200 and not exists (select 1 from waitlist_entry e
            where e.id = att.entry and e.status = 'ATTACHED' and e.attached_provider_id = '$LEE')),
       (select count(*) from att join waitlist_entry e on e.id = att.entry where e.status = 'ATTACHED' and att.status <> 200),
       (select count(*) from att join waitlist_entry e on e.id = att.entry where e.status = 'ATTACHED'
            and (select count(*) from panel_member m where m.patient_id = e.patient_id and m.source = 'PAS_ATTACHMENT') <> 1),
       (select count(*) from att where (select count(*) from waitlist_transition t
            where t.entry_id = att.entry and t.to_status = 'ATTACHED') > 1),
       (select count(*) from att where status = 200),
       (select count(*) from panel_member m where m.provider_id = '$LEE' and m.source = 'PAS_ATTACHMENT'
            and m.added_at >= date_trunc('month', now() at time zone 'America/Vancouver') at time zone 'America/Vancouver'),
       (select monthly_capacity from provider_capacity where provider_id = '$LEE'),
       (select count(*) from reg where status = 201);
SQL
)"
row a "failed requests (after the client's retries of writes)" "$A_FAILED of $A_TOTAL ($A_SHARE %); first answers 502/503/none: $A_FIRST; p99 $A_P99 ms, max $A_MAX ms" \
  "$(verdict "(( A_FAILED * 1000 < A_TOTAL ))")"
row a "registrations answered 201 and not stored (patient / entry)" "$A_LOST / $A_LOST_ENTRY of $A_REG; failed but stored: $A_AMBIGUOUS" \
  "$(verdict "(( A_LOST + A_LOST_ENTRY + A_AMBIGUOUS == 0 ))")"
row a "attaches exactly once (200 not attached / attached unanswered / members not 1 / twice)" \
  "$A_200_NOT_ATTACHED / $A_ATTACHED_UNANSWERED / $A_NOT_ONE_MEMBER / $A_TWICE" \
  "$(verdict "(( A_200_NOT_ATTACHED + A_ATTACHED_UNANSWERED + A_NOT_ONE_MEMBER + A_TWICE == 0 ))")"
row a "capacity: attached this month = 200 answers <= capacity" "$A_USED = $A_200 <= $A_CAP" \
  "$(verdict "(( A_USED == A_200 && A_USED <= A_CAP ))")"
row a "api-1 started again, ready and UP in HAProxy" "$A_RESTART s" PASS

# --- b. the instance applying a panel file dies ------------------------------------------------
log "b. a $PANEL_ROWS-row panel file; the instance applying it is killed"
if [[ $(q -c "select count(*) from information_schema.columns where table_name = 'panel_submission' and column_name = 'claimed_by'") != 1 ]]; then
  row b "panel file taken over by the other instance" "not built: panel_submission has no claimed_by (no leases)" FAIL
else
  panel_csv "$PANEL_ROWS" Clusterpanel >"$out/panel.csv"
  DOC=$(token dr.lee)
  code=$(curl -s -o "$out/upload.json" -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $DOC" \
    -F "file=@$out/panel.csv;type=text/csv" -F mode=ALL_OR_NOTHING "$PROXY/api/v1/providers/$LEE/panel/submissions")
  [[ $code == 202 ]] || die "panel upload answered $code: $(head -c 300 "$out/upload.json")"
  SUB=$(json r.id <"$out/upload.json")
  B_HOLDER="" B_STATE=""
  for _ in $(seq 1200); do
    B_STATE=$(q -c "select status || ' ' || coalesce(claimed_by, '-') from panel_submission where id = '$SUB'")
    case "$B_STATE" in
      PROCESSING\ -|RECEIVED\ *) ;;
      PROCESSING\ *) B_HOLDER=${B_STATE#PROCESSING }; B_HOLDER=${B_HOLDER%%/*}; break ;;
      *) break ;;
    esac
    sleep 0.05
  done
  if [[ $B_HOLDER != api-[12] ]]; then
    row b "panel file taken over by the other instance" "no instance seen applying it (last state: $B_STATE)" FAIL
  else
    sleep 0.3   # into the apply
    n=${B_HOLDER#api-}
    "$cluster" instance-stop "$n" KILL
    t_kill=$(now_ms)
    B_AT_KILL=$(q -c "select status || ', ' || rows_processed || ' rows processed' from panel_submission where id = '$SUB'")
    log "   $B_HOLDER killed while applying ($B_AT_KILL); waiting for the other instance (lease ${LEASE} s)"
    for _ in $(seq $(( (LEASE + 90) * 5 ))); do
      state=$(q -c "select status from panel_submission where id = '$SUB'")
      case "$state" in RECEIVED|PROCESSING) sleep 0.2 ;; *) break ;; esac
    done
    B_DONE_S=$(secs $(( $(now_ms) - t_kill )))
    read -r B_STATUS B_ADDED B_REMOVED B_CLAIMED B_ATTEMPTS B_RESULTS B_MEMBERS B_AUDIT <<<"$(q -c "
      select s.status, s.added, s.removed, coalesce(s.claimed_by, '-'), s.attempts,
             (select count(*) from panel_submission_row r where r.submission_id = s.id),
             (select count(*) from panel_member m where m.submission_id = s.id),
             (select count(*) from audit_event a where a.action = 'PANEL_SUBMISSION_APPLY' and a.resource_id = s.id::text)
      from panel_submission s where s.id = '$SUB'" | tr '|' ' ')"
    B_CLAIMED=${B_CLAIMED%%/*}
    # Taken over once the lease ran out: lease + one poll (1 s) + the apply itself (about 2 s here).
    row b "completed by the other instance once the lease ran out" \
      "$B_HOLDER killed while applying ($B_AT_KILL); $B_STATUS by $B_CLAIMED $B_DONE_S s after the kill (lease $LEASE s), attempt $B_ATTEMPTS" \
      "$(verdict "[[ $B_STATUS == COMPLETED && $B_CLAIMED != $B_HOLDER && $B_ATTEMPTS == 2 ]] && awk 'BEGIN { exit !($B_DONE_S <= $LEASE + 10) }'")"
    row b "applied exactly once (result rows = rows + removed; members; apply audit events)" \
      "$B_RESULTS = $PANEL_ROWS + $B_REMOVED; $B_MEMBERS members, $B_ADDED added; $B_AUDIT audit event(s)" \
      "$(verdict "(( B_RESULTS == PANEL_ROWS + B_REMOVED && B_MEMBERS == PANEL_ROWS && B_ADDED == PANEL_ROWS && B_AUDIT == 1 ))")"
    restart "$n"
  fi
fi

# --- e. a community changed on one instance, read on the other ---------------------------------
log "e. an admin changes a community on api-1; polling api-2"
ADMIN=$(token admin)
RICHMOND=$(q -c "select id from community where name = 'Richmond'")
for _ in 1 2; do curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" "${API[2]}/api/v1/communities/$RICHMOND"; done
curl -fsS -D "$out/e.headers" -o "$out/e.json" -H "Authorization: Bearer $ADMIN" "${API[1]}/api/v1/communities/$RICHMOND"
PCN="Richmond PCN (changed $(date -u +%T.%N | cut -c1-12))"
body=$(PCN=$PCN json 'JSON.stringify({ name: r.name, healthAuthority: r.healthAuthority, pcn: process.env.PCN })' <"$out/e.json")
code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $ADMIN" -H "If-Match: $(header etag <"$out/e.headers")" \
  -H 'Content-Type: application/json' -d "$body" "${API[1]}/api/v1/communities/$RICHMOND")
t_changed=$(now_ms)
E_DELAY=""
for _ in $(seq 500); do
  if curl -fsS -H "Authorization: Bearer $ADMIN" "${API[2]}/api/v1/communities/$RICHMOND" | grep -qF "\"pcn\":\"$PCN\""; then
    E_DELAY=$(( $(now_ms) - t_changed )); break
  fi
  sleep 0.01
done
row e "community changed on api-1 (PUT $code), seen on api-2 after" "${E_DELAY:-more than 5 000} ms (promised: within a second)" \
  "$(verdict "[[ $code == 200 && -n '$E_DELAY' ]] && (( ${E_DELAY:-99999} <= 1000 ))")"

# --- c. the scheduled jobs, once across both instances -----------------------------------------
# The waitlist jobs start 30 s after an instance starts: both must be running them.
for n in 1 2; do
  wait_ms=$(( started_at[$n] + 32000 - $(now_ms) ))
  (( wait_ms <= 0 )) || sleep "$(secs "$wait_ms")"
done
log "c. $DUE entries due for a reminder and $DUE for expiry; jobs every 2 s, emails every 1 s, on both instances"
q -c "select e.id from waitlist_entry e join patient p on p.id = e.patient_id
      where e.status = 'WAITING' and p.email like '%@cluster.example' order by e.id limit $(( DUE * 2 ))" >"$out/c-entries"
head -n "$DUE" "$out/c-entries" >"$out/c-remind"
tail -n +"$(( DUE + 1 ))" "$out/c-entries" >"$out/c-expire"
[[ $(wc -l <"$out/c-expire") == "$DUE" ]] || die "not enough waiting entries with an email for scenario c"
lines_before=("$(wc -l <"$root/.cache/cluster/api-1.log")" "$(wc -l <"$root/.cache/cluster/api-2.log")")
q <<SQL
create temp table remind (id uuid);
\copy remind from '$out/c-remind'
create temp table expire (id uuid);
\copy expire from '$out/c-expire'
begin;
update waitlist_entry set reconfirm_due_at = now() - interval '1 day', reminder_sent_at = null
where id in (select id from remind);
update waitlist_entry set last_confirmed_at = now() - interval '130 days', reconfirm_due_at = now() - interval '40 days',
    reminder_sent_at = now() - interval '38 days'
where id in (select id from expire);
commit;
SQL
t_due=$(now_ms)
reminders_for() { # how many reminder emails reached the patients of c-remind
  q -c "select p.email from waitlist_entry e join patient p on p.id = e.patient_id where e.id in ($(sed "s/.*/'&'/" "$out/c-remind" | paste -sd,))" \
    >"$out/c-recipients"
  awk -F'\t' 'NR == FNR { want[$1] = 1; next } $2 ~ /still need a family doctor/ && ($1 in want)' "$out/c-recipients" "$out/mail.log" | wc -l
}
for _ in $(seq 120); do
  (( $(reminders_for) >= DUE )) && [[ $(q -c "select count(*) from waitlist_entry where status = 'EXPIRED'
      and id in ($(sed "s/.*/'&'/" "$out/c-expire" | paste -sd,))") == "$DUE" ]] && break
  sleep 0.5
done
C_DONE_S=$(secs $(( $(now_ms) - t_due )))
sleep 5   # a few more ticks of both instances: nothing may happen twice
C_EMAILS=$(reminders_for)
C_RECIPIENTS_NOT_ONE=$(awk -F'\t' 'NR == FNR { want[$1] = 0; next } $2 ~ /still need a family doctor/ && ($1 in want) { want[$1]++ }
  END { for (r in want) if (want[r] != 1) n++; print n + 0 }' "$out/c-recipients" "$out/mail.log")
read -r C_EXPIRED C_TRANSITIONS_NOT_ONE C_SENT_ROWS <<<"$(q <<SQL | tr '|' ' '
create temp table expire (id uuid);
\copy expire from '$out/c-expire'
select (select count(*) from waitlist_entry e where e.id in (select id from expire) and e.status = 'EXPIRED'),
       (select count(*) from expire x where (select count(*) from waitlist_transition t
            where t.entry_id = x.id and t.to_status = 'EXPIRED') <> 1),
       (select count(*) from notification where status = 'SENT' and subject like '%still need a family doctor%');
SQL
)"
C_BY=$(for n in 1 2; do
  tail -n +"${lines_before[$((n - 1))]}" "$root/.cache/cluster/api-$n.log" \
    | sed -n 's/.*Waitlist jobs: [0-9]* proposals returned, \([0-9]*\) reminders queued, \([0-9]*\) registrations expired.*/\1 \2/p' \
    | awk -v n="$n" '{ r += $1; e += $2 } END { printf "api-%s %d reminders, %d expiries; ", n, r, e }'
done)
row c "reminder emails received (SMTP) for $DUE due entries; recipients without exactly one" \
  "$C_EMAILS; $C_RECIPIENTS_NOT_ONE (outbox rows SENT: $C_SENT_ROWS); all done ${C_DONE_S} s after they became due" \
  "$(verdict "(( C_EMAILS == DUE && C_RECIPIENTS_NOT_ONE == 0 && C_SENT_ROWS == DUE ))")"
row c "entries expired of $DUE due; without exactly one EXPIRED transition" "$C_EXPIRED; $C_TRANSITIONS_NOT_ONE (${C_BY%; })" \
  "$(verdict "(( C_EXPIRED == DUE && C_TRANSITIONS_NOT_ONE == 0 ))")"

# --- f. rolling restart under load -------------------------------------------------------------
log "f. rolling restart (SIGTERM, then start) of api-1, then api-2, under load: $CLIENTS clients"
# The load runs until 5 s after the second instance is back (at most CT_ROLLING_SECONDS).
load f 4 "$ROLLING_SECONDS" "" "$out/f.stop" &
load_pid=$!
sleep 5
F_TIMES=""
for n in 1 2; do
  t=$(now_ms)
  "$cluster" instance-stop "$n" TERM
  t_stopped=$(now_ms)
  restart "$n"
  F_TIMES+="api-$n stopped in $(secs $(( t_stopped - t ))) s, back in $(secs $(( $(now_ms) - t_stopped ))) s; "
done
F_EARLY=0
kill -0 "$load_pid" 2>/dev/null || F_EARLY=1
sleep 5
touch "$out/f.stop"
wait "$load_pid"
read -r F_TOTAL F_FAILED F_FIRST F_P99 F_MAX <<<"$(load_figures f)"
row f "failed requests during the rolling restart" "$F_FAILED of $F_TOTAL; first answers 502/503/none: $F_FIRST; p99 $F_P99 ms, max $F_MAX ms; ${F_TIMES%; }" \
  "$(verdict "(( F_FAILED == 0 && F_EARLY == 0 ))")"

# --- d. the rate limit across instances --------------------------------------------------------
log "d. rate limit $RATE_LIMIT a minute: both instances restarted with it; the coordinator's fairness reports, alternating"
pids=()
for n in 1 2; do "$cluster" instance-stop "$n" TERM & pids+=($!); done
wait "${pids[@]}"
pids=()
for n in 1 2; do restart "$n" PAS_RATE_LIMIT_EXPENSIVE="$RATE_LIMIT" & pids+=($!); done
wait "${pids[@]}"
COORD=$(token coordinator)
D_CODES=() D_OK=1
for i in $(seq 1 $(( RATE_LIMIT + 2 ))); do
  n=$(( 1 + i % 2 ))
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $COORD" "${API[$n]}/api/v1/reports/fairness")
  D_CODES+=("$code@api-$n")
  if (( i <= RATE_LIMIT )); then [[ $code == 200 ]] || D_OK=0; else [[ $code == 429 ]] || D_OK=0; fi
done
row d "$RATE_LIMIT requests alternating between the instances, then one more on each" \
  "$(printf '%s\n' "${D_CODES[@]:0:RATE_LIMIT}" | cut -d@ -f1 | sort | uniq -c | awk '{ printf "%s x %s, ", $1, $2 }')then ${D_CODES[*]:RATE_LIMIT}" \
  "$(verdict "(( D_OK ))")"

# --- summary -----------------------------------------------------------------------------------
TOTAL_S=$(secs $(( $(now_ms) - run_started )))
{
  echo "Cluster test, $(date -u +%FT%TZ), $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(( $(sed -n 's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo) / 1048576 )) GiB;"
  echo "commit $(git -C "$root" rev-parse --short HEAD); two API instances, HAProxy $(haproxy -v | sed -n 's/^HAProxy version \([^ ]*\).*/\1/p'); start ${SETUP_S} s, total ${TOTAL_S} s."
  echo
  echo "| scenario | check | measured | result |"
  echo "| --- | --- | --- | --- |"
  sort -s -t'|' -k2,2 "$out/rows.md"
} | tee "$out/summary.md"
grep -q '| FAIL |$' "$out/rows.md" && die "some checks failed"
log "all cluster checks passed"
