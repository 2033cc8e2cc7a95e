#!/usr/bin/env bash
# Local Keycloak for PAS without Docker: downloads the Keycloak Quarkus distribution
# from Maven Central (via Maven: the wrapper backend/mvnw), imports the realms backend/keycloak/*-realm.json (pas,
# and the stand-ins for BC Services Card and BC Provider ID that pas brokers: bcsc, bcprovider) and runs it in dev
# mode on 127.0.0.1 with a fixed issuer http://localhost:$KEYCLOAK_PORT/realms/pas. The login theme of those realms,
# backend/keycloak/themes/pas, is copied into the distribution on every start.
#
# Usage: backend/keycloak/keycloak.sh <command>
#   fetch                    download + unzip the distribution into .cache/keycloak (idempotent)
#   start                    start in the background (fetches if needed, re-imports a changed realm)
#   wait                     block until the realm answers (KEYCLOAK_WAIT_TIMEOUT, default 180 s)
#   stop                     stop the Keycloak started by start/run and check the ports are free
#   status                   tell whether Keycloak is up
#   token <user> [password]  print an access token (password grant on pas-cli; default password pas-demo-1; for a
#                            demo user with a TOTP secret, the current code is sent too: staff get acr 2)
#   otp <user>               print the current TOTP code of a demo user (its fixed secret in the realm files)
#   claims <user> [password] print the decoded payload of such a token
#   run                      start + wait in the foreground; Ctrl-C stops Keycloak
#   with <command...>        run a command with Keycloak started in the background (not waited
#                            for: the command can `wait` when it needs it); stops it afterwards
#                            unless it was already running
#
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MGMT_PORT (9180), KEYCLOAK_VERSION (26.7.3),
#   KEYCLOAK_ADMIN / KEYCLOAK_ADMIN_PASSWORD (admin/admin, bootstrap admin of the master realm),
#   KEYCLOAK_JAVA_HOME or JAVA_HOME (JDK 17+), MVN (backend/mvnw), KEYCLOAK_URL (http://localhost:$KEYCLOAK_PORT,
#   used by token/claims only), KEYCLOAK_WAIT_TIMEOUT (180), KEYCLOAK_CACHE_DIR (.cache/keycloak: the
#   distribution with its data, the log and the pid file; another one runs a second, independent instance).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9180}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT}}"
KEYCLOAK_WAIT_TIMEOUT="${KEYCLOAK_WAIT_TIMEOUT:-180}"
REALM=pas
REALM_FILES=("$SCRIPT_DIR/pas-realm.json" "$SCRIPT_DIR/bcsc-realm.json" "$SCRIPT_DIR/bcprovider-realm.json")

CACHE_DIR="${KEYCLOAK_CACHE_DIR:-$REPO_ROOT/.cache/keycloak}"
DIST="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
LOG="$CACHE_DIR/keycloak.log"
PID_FILE="$CACHE_DIR/keycloak.pid"
CHECKSUM_FILE="$DIST/data/pas-realm.sha256"

LOG_TAG=keycloak; source "$SCRIPT_DIR/../dev/lib.sh"
# Maven downloads the distribution: the project's wrapper, so that no installed Maven is needed.
MVN="${MVN:-$REPO_ROOT/backend/mvnw}"

# One checksum over every realm file: any change re-imports them all.
realm_checksum() {
  if command -v sha256sum >/dev/null 2>&1; then cat "${REALM_FILES[@]}" | sha256sum | cut -d' ' -f1
  else cat "${REALM_FILES[@]}" | cksum | cut -d' ' -f1,2; fi
}

# Copies backend/keycloak/themes/* into the distribution's themes/ (replacing an older copy). Dev mode caches no
# theme, so a running Keycloak shows the copied files at once.
install_themes() {
  local theme name
  for theme in "$SCRIPT_DIR"/themes/*/; do
    name="$(basename "$theme")"
    rm -rf "$DIST/themes/.$name.new"
    cp -R "$theme" "$DIST/themes/.$name.new"
    rm -rf "${DIST:?}/themes/$name"
    mv "$DIST/themes/.$name.new" "$DIST/themes/$name"
  done
}

# True when our realm answers on the port with the expected issuer.
realm_up() {
  local body
  body="$(curl -fsS --max-time 5 "http://127.0.0.1:${KEYCLOAK_PORT}/realms/${REALM}/.well-known/openid-configuration" 2>/dev/null)" || return 1
  [[ "$body" == *"\"issuer\":\"http://localhost:${KEYCLOAK_PORT}/realms/${REALM}\""* ]]
}

# Pid (= process group id) of the kc.sh we started, if it still runs.
our_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid args
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  if kill -0 "$pid" 2>/dev/null; then
    args="$(ps -o args= -p "$pid" 2>/dev/null || true)"
    [[ "$args" == *kc.sh* || "$args" == *keycloak* ]] || return 1
  elif ! kill -0 -- "-$pid" 2>/dev/null; then
    return 1   # neither kc.sh nor anything else of its process group is left
  fi
  printf '%s\n' "$pid"
}

java_home() { printf '%s' "${KEYCLOAK_JAVA_HOME:-${JAVA_HOME:-}}"; }

check_java() {
  local jh java_bin ver major
  jh="$(java_home)"
  if [[ -n "$jh" ]]; then java_bin="$jh/bin/java"; else java_bin="$(command -v java || true)"; fi
  [[ -n "$java_bin" && -x "$java_bin" ]] || die "no java found: install JDK 17+ or set KEYCLOAK_JAVA_HOME"
  ver="$("$java_bin" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  major="${ver%%.*}"
  [[ "$major" == 1 ]] && major="$(echo "$ver" | cut -d. -f2)"
  if [[ "$major" =~ ^[0-9]+$ ]] && (( major < 17 )); then
    die "Keycloak needs JDK 17 or newer, $java_bin is $ver: set KEYCLOAK_JAVA_HOME"
  fi
}

cmd_fetch() {
  if [[ -f "$DIST/.pas-fetched" && -x "$DIST/bin/kc.sh" ]]; then
    return 0
  fi
  command -v "$MVN" >/dev/null 2>&1 || die "Maven ($MVN) is needed to download Keycloak"
  mkdir -p "$CACHE_DIR"
  local dl="$CACHE_DIR/download" tmp="$CACHE_DIR/.unzip.$$" zip
  rm -rf "$dl" "$tmp"
  mkdir -p "$dl" "$tmp"
  log "downloading org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip (~180 MB) ..."
  # Run mvn outside any Maven project so that no pom.xml is read.
  (cd "$dl" && "$MVN" -q -B -Dstyle.color=never dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" \
      "-DoutputDirectory=$dl") || { rm -rf "$dl" "$tmp"; die "download failed"; }
  zip="$dl/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
  [[ -f "$zip" ]] || die "download produced no $zip"
  log "unpacking into ${DIST#"$REPO_ROOT"/} ..."
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$tmp"
  else
    (cd "$tmp" && jar xf "$zip")   # jar (from the JDK) drops the executable bits
    chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
  fi
  [[ -x "$tmp/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]] || die "unexpected archive layout in $zip"
  rm -rf "$DIST"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$DIST"
  rm -rf "$tmp" "$dl"
  touch "$DIST/.pas-fetched"
  log "Keycloak $KEYCLOAK_VERSION ready in ${DIST#"$REPO_ROOT"/}"
}

cmd_start() {
  local file
  for file in "${REALM_FILES[@]}"; do [[ -f "$file" ]] || die "missing $file"; done
  local sum pid
  sum="$(realm_checksum)"
  if realm_up; then
    if pid="$(our_pid)" && [[ "$(cat "$CHECKSUM_FILE" 2>/dev/null || true)" != "$sum" ]]; then
      log "realm file changed since Keycloak was started: restarting to re-import it"
      cmd_stop
    else
      if [[ -f "$CHECKSUM_FILE" && "$(cat "$CHECKSUM_FILE")" != "$sum" ]]; then
        log "WARNING: Keycloak on port $KEYCLOAK_PORT was not started by this script and may hold an older realm"
      fi
      log "Keycloak already up on port $KEYCLOAK_PORT with realm $REALM"
      [[ -n "${pid:-}" ]] && install_themes
      return 0
    fi
  fi
  if pid="$(our_pid)"; then
    log "Keycloak (pid $pid) is still starting; use 'wait'"
    return 0
  fi
  port_busy "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is in use by something that is not our Keycloak (set KEYCLOAK_PORT)"
  port_busy "$KEYCLOAK_MGMT_PORT" && die "management port $KEYCLOAK_MGMT_PORT is in use (set KEYCLOAK_MGMT_PORT)"

  cmd_fetch
  check_java
  install_themes

  # Re-import from scratch whenever the realm file differs from the last imported one
  # (--import-realm skips realms that already exist in the dev database).
  mkdir -p "$DIST/data/import"
  if [[ "$(cat "$CHECKSUM_FILE" 2>/dev/null || true)" != "$sum" ]]; then
    if [[ -d "$DIST/data/h2" ]]; then
      log "realm file changed: dropping the dev database to re-import it"
    fi
    rm -rf "$DIST/data/h2"
  fi
  rm -f "$DIST/data/import/"*.json
  cp "${REALM_FILES[@]}" "$DIST/data/import/"
  printf '%s\n' "$sum" > "$CHECKSUM_FILE"

  [[ -f "$LOG" ]] && mv -f "$LOG" "$LOG.1"
  local jh
  jh="$(java_home)"
  local -a envs=(
    "KC_BOOTSTRAP_ADMIN_USERNAME=${KEYCLOAK_ADMIN:-admin}"
    "KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin}"
    # Where pas finds the realms it brokers (placeholders in pas-realm.json): this very Keycloak.
    "PAS_IDP_URL=http://localhost:$KEYCLOAK_PORT"
    "PAS_IDP_BACKCHANNEL_URL=http://localhost:$KEYCLOAK_PORT"
  )
  [[ -n "$jh" ]] && envs+=("JAVA_HOME=$jh")
  log "starting Keycloak $KEYCLOAK_VERSION on http://localhost:$KEYCLOAK_PORT (management $KEYCLOAK_MGMT_PORT), log ${LOG#"$REPO_ROOT"/}"
  # setsid: kc.sh becomes leader of its own process group (pgid == pid), so stop can signal
  # kc.sh and its Java child together, and Ctrl-C in a terminal does not reach them directly.
  # Keycloak is a Quarkus application: QUARKUS_* and KC_* settings meant for the PAS API (such as
  # QUARKUS_DATASOURCE_JDBC_URL) must not reach it.
  local -a unset_envs=()
  local name
  for name in $(compgen -e); do
    [[ "$name" == QUARKUS_* || ( "$name" == KC_* && "$name" != KC_BOOTSTRAP_* ) ]] && unset_envs+=("-u" "$name")
  done
  (
    cd "$DIST"
    exec setsid env "${unset_envs[@]}" "${envs[@]}" "$DIST/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 \
      "--http-port=$KEYCLOAK_PORT" \
      "--http-management-port=$KEYCLOAK_MGMT_PORT" \
      --health-enabled=true \
      --import-realm \
      "--hostname=http://localhost:$KEYCLOAK_PORT"
  ) >>"$LOG" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "$pid" > "$PID_FILE"
  sleep 0.5
  local pgid
  pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
  if [[ -n "$pgid" && "$pgid" != "$pid" ]]; then
    log "WARNING: kc.sh (pid $pid) is not its own process group leader (pgid $pgid)"
  fi
  log "started (pid $pid)"
}

cmd_wait() {
  local url="http://localhost:${KEYCLOAK_PORT}/realms/${REALM}/.well-known/openid-configuration"
  local started=$SECONDS pid rc=0
  pid="$(our_pid || echo -)"
  printf '[keycloak] waiting for %s ' "$url" >&2
  WAIT_STEP=2 wait_for "$KEYCLOAK_WAIT_TIMEOUT" "$pid" ok_or_dot "$url" || rc=$?
  if (( rc != 0 )); then
    printf '\n' >&2
    if (( rc == 2 )); then log "Keycloak exited; last lines of $LOG:"
    else log "Keycloak did not answer within ${KEYCLOAK_WAIT_TIMEOUT} s; last lines of $LOG:"; fi
    tail -n 60 "$LOG" >&2 2>/dev/null || true
    return 1
  fi
  printf ' up after %d s\n' "$(( SECONDS - started ))" >&2
}
ok_or_dot() { http_ok "$1" || { printf '.' >&2; return 1; }; }

cmd_stop() {
  local pid i
  if pid="$(our_pid)"; then
    log "stopping Keycloak (process group $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for (( i = 0; i < 60; i++ )); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 -- "-$pid" 2>/dev/null; then
      log "still running after 30 s: killing"
      kill -KILL -- "-$pid" 2>/dev/null || true
      sleep 1
    fi
  else
    log "no Keycloak started by this script is running"
  fi
  rm -f "$PID_FILE"
  local busy=0 p
  for p in "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT"; do
    if port_busy "$p"; then
      busy=1
      log "port $p is still in use:"
      (ss -ltnp "sport = :$p" 2>/dev/null || true) >&2
    fi
  done
  (( busy == 0 )) || return 1
  log "stopped; ports $KEYCLOAK_PORT and $KEYCLOAK_MGMT_PORT are free"
}

cmd_status() {
  local pid=""
  pid="$(our_pid || true)"
  if realm_up; then
    echo "Keycloak up on http://localhost:$KEYCLOAK_PORT (realm $REALM)${pid:+, pid $pid}"
  elif [[ -n "$pid" ]]; then
    echo "Keycloak starting (pid $pid)"
    return 1
  else
    echo "Keycloak not running"
    return 3
  fi
}

# The current TOTP code of a demo user (RFC 6238 with the realms' OTP policy and the fixed secret in the realm
# files), computed by demo-otp.mjs, the same code the scripts and the e2e tests use; fails for a user without one.
demo_otp() {
  node "$SCRIPT_DIR/demo-otp.mjs" "$1"
}

cmd_otp() {
  local user="${1:-}"
  [[ -n "$user" ]] || die "usage: $0 otp <username>"
  demo_otp "$user" || die "'$user' has no demo TOTP secret in the realm files (patients sign in without one)"
}

cmd_token() {
  local user="${1:-}" pass="${2:-pas-demo-1}" resp code body tok otp
  [[ -n "$user" ]] || die "usage: $0 token <username> [password]"
  local -a second_factor=()
  otp="$(demo_otp "$user" 2>/dev/null || true)"
  [[ -n "$otp" ]] && second_factor=(--data-urlencode "totp=$otp")
  resp="$(curl -sS --max-time 30 -w '\n%{http_code}' \
      -d grant_type=password -d client_id=pas-cli \
      --data-urlencode "username=$user" --data-urlencode "password=$pass" "${second_factor[@]}" \
      "$KEYCLOAK_URL/realms/$REALM/protocol/openid-connect/token")" || die "cannot reach $KEYCLOAK_URL"
  code="${resp##*$'\n'}"
  body="${resp%$'\n'*}"
  [[ "$code" == 200 ]] || die "token request for '$user' failed (HTTP $code): $body"
  tok="$(printf '%s' "$body" | tr -d '\n' | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')"
  [[ -n "$tok" ]] || die "no access_token in the answer: $body"
  printf '%s\n' "$tok"
}

# Decode the payload (2nd part) of a JWT: base64url -> base64 with padding.
jwt_payload() {
  local p
  p="$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')"
  case $(( ${#p} % 4 )) in 2) p="$p==" ;; 3) p="$p=" ;; esac
  printf '%s' "$p" | base64 -d
  printf '\n'
}

cmd_claims() {
  local tok
  tok="$(cmd_token "$@")"
  jwt_payload "$tok"
}

cmd_run() {
  # Keycloak runs in its own session, so Ctrl-C reaches only this script: stop it from the trap.
  trap 'printf "\n" >&2; cmd_stop || true; exit 130' INT TERM
  cmd_start
  if ! cmd_wait; then cmd_stop || true; exit 1; fi
  local pid
  if ! pid="$(our_pid)"; then
    log "Keycloak on port $KEYCLOAK_PORT was not started by this script; watching it (Ctrl-C leaves it running)"
    trap 'exit 0' INT TERM
    while realm_up; do sleep 2; done
    exit 0
  fi
  trap 'printf "\n" >&2; cmd_stop || true; exit 0' INT TERM
  log "Keycloak running (pid $pid): admin console http://localhost:$KEYCLOAK_PORT/admin (admin user ${KEYCLOAK_ADMIN:-admin}); Ctrl-C stops it"
  while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  log "Keycloak exited; last lines of $LOG:"
  tail -n 40 "$LOG" >&2 || true
  rm -f "$PID_FILE"
  exit 1
}

cmd_with() {
  local started=0 rc=0
  if ! realm_up && ! our_pid >/dev/null; then
    cmd_start
    started=1
    trap 'cmd_stop || true; exit 130' INT TERM
  else
    log "using the Keycloak already running on port $KEYCLOAK_PORT"
  fi
  "$@" || rc=$?
  if (( started )); then cmd_stop || true; fi
  return "$rc"
}

usage() { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    wait) cmd_wait ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    token) cmd_token "$@" ;;
    otp) cmd_otp "$@" ;;
    claims) cmd_claims "$@" ;;
    run) cmd_run ;;
    with) cmd_with "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
