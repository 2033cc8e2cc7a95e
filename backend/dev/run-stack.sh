#!/usr/bin/env bash
# `make run`: the whole stack on this machine, with only a JDK, Maven and Node installed.
#   1. PostgreSQL: $QUARKUS_DATASOURCE_JDBC_URL if given; else the local server on 127.0.0.1:5432
#      if one runs (creates role and database `pas`); else an embedded PostgreSQL on $PG_PORT.
#   2. Keycloak (realm `pas` with demo users, and the realms bcsc and bcprovider that it brokers) on $KEYCLOAK_PORT.
#   3. The SPA (Vite) on $SPA_PORT and the API (Quarkus dev mode, demo data) on $API_PORT.
# Ctrl-C stops everything this script started.
set -euo pipefail
set -m  # each background job gets its own process group, so stop_all can stop it whole

root=$(cd "$(dirname "$0")/../.." && pwd)
LOG_TAG=run; source "$root/backend/dev/lib.sh"
cd "$root"
mkdir -p .cache
export JAVA_HOME=$("$root/backend/dev/java-home.sh")
export PATH="$JAVA_HOME/bin:$PATH"
export API_PORT=${API_PORT:-8080} SPA_PORT=${SPA_PORT:-5173} KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
export PAS_SPA_URL=${PAS_SPA_URL:-http://localhost:$SPA_PORT}
PG_PORT=${PG_PORT:-5433}
keycloak="$root/backend/keycloak/keycloak.sh"
keycloak_ours=""

stop_all() {
  trap - EXIT INT TERM
  # The terminal (or a pipe such as `make run | tee log`) may be gone already: never let a failed
  # write stop the clean-up.
  trap '' PIPE
  set +e
  { echo; echo "Stopping..."; } 2>/dev/null
  # A Keycloak that was running before (another terminal's `make keycloak`) is left running.
  [ -n "$keycloak_ours" ] && "$keycloak" stop >/dev/null 2>&1
  stop_started
  echo "Stopped." 2>/dev/null
}
trap stop_all EXIT INT TERM

# --- 1. PostgreSQL ---
if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  echo "Database: $QUARKUS_DATASOURCE_JDBC_URL (given)"
elif local_pg_ok; then
  psql -h 127.0.0.1 -U postgres -d postgres -Atqc "select 1 from pg_roles where rolname = 'pas'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "create role pas login password 'pas'"
  psql -h 127.0.0.1 -U postgres -d postgres -Atqc "select 1 from pg_database where datname = 'pas'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database pas owner pas"
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/pas
  echo "Database: the local PostgreSQL server, database pas"
else
  echo "Database: no PostgreSQL server found; starting an embedded PostgreSQL on 127.0.0.1:$PG_PORT"
  start_embedded_pg "$root/.cache/pgdata" "$PG_PORT" "$root/.cache/postgres.log"
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/pas
fi
export QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-pas} QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-pas}

# --- 2. Keycloak (in the background while the rest starts) ---
"$keycloak" status >/dev/null 2>&1 || keycloak_ours=yes
"$keycloak" start

# --- 3. SPA ---
if [ ! -d frontend/node_modules ]; then (cd frontend && npm ci --no-audit --no-fund); fi
(cd frontend && npm run dev > "$root/.cache/spa.log" 2>&1) &
STARTED+=($!)

"$keycloak" wait

# --- 4. API (dev mode: live reload, demo data) ---
(cd backend && ./mvnw -B quarkus:dev -Dquarkus.console.enabled=false 2>&1 | tee "$root/.cache/api.log") &
STARTED+=($!)
api_pid=$!
WAIT_STEP=1 wait_for 300 "$api_pid" http_ok "http://127.0.0.1:$API_PORT/q/health/ready" \
  || { tail -n 20 "$root/.cache/api.log" >&2; die "the API did not start (whole log: .cache/api.log)"; }

cat <<INFO

PAS is running. Ctrl-C stops everything.
  SPA         http://localhost:$SPA_PORT
  API         http://localhost:$API_PORT/api/v1   (e.g. /api/v1/communities with a token)
  Swagger UI  http://localhost:$API_PORT/q/swagger-ui   (Authorize: client pas-swagger)
  OpenAPI     http://localhost:$API_PORT/q/openapi
  Keycloak    http://localhost:$KEYCLOAK_PORT   (admin console: admin / admin)
  Demo users  admin, coordinator, dr.lee, dr.patel, np.brown, moa.chan, pat.jones, pat.nguyen
              password pas-demo-1; staff then enter a TOTP code: backend/keycloak/keycloak.sh otp <user>
              (see README.md; also "Sign in with BC Services Card / BC Provider ID")
  Logs        .cache/api.log, .cache/spa.log, .cache/keycloak/keycloak.log
INFO
wait
