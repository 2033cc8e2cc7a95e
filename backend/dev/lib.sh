# shellcheck shell=bash
# The small library of the dev, bench, fault and e2e scripts: logging, waiting for a port or a URL,
# stopping what a script started, the embedded PostgreSQL. Source it after choosing the log prefix:
#   LOG_TAG=e2e; source "$root/backend/dev/lib.sh"
# It sets no shell options: each script keeps its own `set -euo pipefail` (and `set -m`).

PAS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# log MESSAGE: one line on stderr, "[tag] message"; LOG_CLOCK=1 adds the UTC time (long runs).
log() { printf '[%s%s] %s\n' "${LOG_TAG:-pas}" "${LOG_CLOCK:+ $(date -u +%T)}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# port_busy PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# http_ok URL: true when URL answers 2xx/3xx. http_answers URL: true on any HTTP answer at all.
http_ok() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }
http_answers() { curl -s -o /dev/null --max-time 5 "$1"; }

# wait_for SECONDS PID COMMAND...: runs COMMAND every WAIT_STEP seconds (0.5) until it succeeds.
# Returns 1 after SECONDS, and 2 as soon as process PID has exited ("-": no process to watch), so
# that a caller can tell "too slow" from "crashed" and show the right log.
wait_for() {
  local timeout=$1 pid=$2 t0=$SECONDS
  shift 2
  until "$@"; do
    if [[ $pid != - ]] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    (( SECONDS - t0 < timeout )) || return 1
    sleep "${WAIT_STEP:-0.5}"
  done
}

# Background processes a script started: it adds `$!` to STARTED after each `... &` (under `set -m`,
# so each has a process group of its own) and calls stop_started from its EXIT trap. The whole group
# is stopped, so a wrapper's children (mvnw's java, npx's node) go too.
STARTED=()
stop_started() {
  local pid
  for pid in "${STARTED[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; done
  wait 2>/dev/null
  STARTED=()
}

# start_embedded_pg DATA_DIR PORT LOGFILE: for a machine without a PostgreSQL server (make run, the
# end-to-end tests). Starts PostgreSQL from Maven Central's binaries (embedded-postgres, through the
# test class org.openpas.dev.DevPostgres) on 127.0.0.1:PORT with the role and database `pas`
# (superuser `postgres`, no password), in the background (added to STARTED), and returns once the
# database exists, not merely when the port opens.
start_embedded_pg() {
  local data=$1 port=$2 logfile=$3 rc=0
  (cd "$PAS_ROOT/backend" && exec ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.openpas.dev.DevPostgres \
      -Dexec.classpathScope=test -Dexec.args="$data $port") >"$logfile" 2>&1 &
  STARTED+=("$!")
  wait_for 300 "$!" grep -q "PostgreSQL ready" "$logfile" || rc=$?
  (( rc == 0 )) || { tail -20 "$logfile" >&2; die "the embedded PostgreSQL did not start (log $logfile)"; }
}

# panel_csv ROWS SURNAME: a panel file (the CSV a billing system exports) of ROWS patients with valid,
# distinct PHNs (9 5xxxxxx c), all named SURNAME, on stdout.
panel_csv() {
  awk -v n="$1" -v surname="$2" 'BEGIN {
    split("2 4 8 5 10 9 7 3", w, " "); print "phn,surname,given_names,date_of_birth,gender,postal_code"
    for (i = 0; c < n; i++) {
      body = sprintf("5%07d", i); s = 0
      for (k = 1; k <= 8; k++) s += (substr(body, k, 1) * w[k]) % 11
      chk = (11 - s % 11) % 11; if (chk == 10) continue
      printf "9%s%d,%s,Given %d,19%02d-%02d-%02d,%s,V6H 1A5\n", body, chk, surname, c, 30 + c % 70, 1 + c % 12, 1 + c % 28, (c % 2 ? "F" : "M"); c++ } }'
}

# local_pg_ok: true when the local PostgreSQL server on 127.0.0.1:5432 lets user postgres in.
local_pg_ok() {
  command -v psql >/dev/null && psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1
}

# apt_install [apt options] PACKAGE...: installs Debian packages when running as root with apt-get
# (updating the package lists only when the first try fails); false when it cannot.
apt_install() {
  [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null || return 1
  log "installing $* (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$@" >/dev/null; }
}
