#!/usr/bin/env bash
# End-to-end stack for the SPA's Playwright tests (`make test-e2e`), against the real thing:
#   - a fresh PostgreSQL database `pas_e2e`: on the local server (127.0.0.1:5432, user postgres) when
#     one answers, else on an embedded PostgreSQL started for this run on $E2E_PG_PORT (as `make run`
#     does: backend/dev/lib.sh start_embedded_pg) and removed after,
#   - the packaged API (backend/target/quarkus-app, built by `mvnw verify`) on $E2E_API_PORT,
#     migrated by Flyway, then the demo data of `make run` loaded with psql,
#   - the production build of the SPA served by `vite preview` on $E2E_SPA_PORT with an env.js
#     pointing at that API,
#   - the Keycloak of `make test` (realm pas, demo users) on $KEYCLOAK_PORT: it must be up.
# Then it runs the Playwright suite with the given arguments (or, with --lighthouse only,
# scripts/lighthouse.mjs) and stops what it started.
#
# Environment: E2E_API_JAR (backend/target/quarkus-app/quarkus-run.jar), E2E_API_PORT (8081),
#   E2E_SPA_PORT (3000: an origin the pas-spa client and the API's CORS already allow),
#   E2E_DB (pas_e2e), E2E_PG_PORT (5434, the embedded PostgreSQL), KEYCLOAK_PORT (8180), JAVA_HOME (JDK 21+).
# Needs psql (Debian's postgresql-client) and /usr/bin/chromium: `make test` installs them.
set -euo pipefail
set -m

frontend=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$frontend/.." && pwd)
LOG_TAG=e2e; source "$root/backend/dev/lib.sh"
api_jar=${E2E_API_JAR:-$root/backend/target/quarkus-app/quarkus-run.jar}
api_port=${E2E_API_PORT:-8081}
spa_port=${E2E_SPA_PORT:-3000}
db=${E2E_DB:-pas_e2e}
keycloak_port=${KEYCLOAK_PORT:-8180}
pg_port=5432   # the local server; the embedded one's port when there is none
pg() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
artifacts="$frontend/e2e-artifacts"
java_home=${JAVA_HOME:-$("$root/backend/dev/java-home.sh")}

[[ -f "$api_jar" ]] || die "no API jar at $api_jar: run 'make build' or 'cd backend && ./mvnw verify' first"
[[ -x /usr/bin/chromium ]] || die "no /usr/bin/chromium: apt-get install -y chromium"
command -v psql >/dev/null || die "no psql: apt-get install -y postgresql-client"
curl -fsS --max-time 5 "http://127.0.0.1:$keycloak_port/realms/pas" >/dev/null \
  || die "Keycloak does not answer on $keycloak_port: start it with backend/keycloak/keycloak.sh start"
for port in "$api_port" "$spa_port"; do
  port_busy "$port" && die "port $port is taken: set E2E_API_PORT / E2E_SPA_PORT"
done

mkdir -p "$artifacts"
pg_data=""
cleanup() {
  trap - EXIT INT TERM
  set +e
  # The database goes first: the embedded PostgreSQL stops with the other started processes.
  pg -d postgres -c "drop database if exists $db with (force)" 2>/dev/null
  stop_started
  [[ -z "$pg_data" ]] || rm -rf "$pg_data"
}
trap cleanup EXIT INT TERM

if ! local_pg_ok; then
  pg_port=${E2E_PG_PORT:-5434}
  port_busy "$pg_port" && die "port $pg_port is taken: set E2E_PG_PORT"
  pg_data=$(mktemp -d -t pas-e2e-pg.XXXXXX)
  log "no PostgreSQL server on 127.0.0.1:5432: an embedded one on port $pg_port (log e2e-artifacts/postgres.log)"
  start_embedded_pg "$pg_data/data" "$pg_port" "$artifacts/postgres.log"
fi

log "database $db (fresh)"
pg -d postgres -c "drop database if exists $db with (force)" -c "create database $db"

log "API from ${api_jar#"$root"/} on port $api_port (log e2e-artifacts/api.log)"
# Plain log lines (production logs JSON): the journeys read the links of the logged (mocked) emails from it.
API_PORT=$api_port API_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  PAS_CORS_ORIGINS="http://localhost:$spa_port" PAS_SPA_URL="http://localhost:$spa_port" \
  PAS_MAIL_MOCK=true QUARKUS_LOG_CONSOLE_JSON_ENABLED=false PAS_STATISTICS_SNAPSHOT_EVERY=5s PAS_STATISTICS_SNAPSHOT_DELAY=1s PAS_STATISTICS_REFRESH_EVERY=2s \
  "$java_home/bin/java" -jar "$api_jar" > "$artifacts/api.log" 2>&1 &
api_pid=$!
STARTED+=("$api_pid")

log "SPA production build with env.js for this API"
(cd "$frontend" && npx vite build --outDir e2e-dist --emptyOutDir --logLevel warn)
cat > "$frontend/e2e-dist/env.js" <<ENV
window.__PAS_CONFIG__ = {
  apiUrl: 'http://localhost:$api_port/api/v1',
  keycloakUrl: 'http://localhost:$keycloak_port',
  realm: 'pas',
  clientId: 'pas-spa',
};
ENV
(cd "$frontend" && exec npx vite preview --outDir e2e-dist --host 127.0.0.1 --port "$spa_port" --strictPort \
  > "$artifacts/spa.log" 2>&1) &
STARTED+=($!)

rc=0
WAIT_STEP=1 wait_for 120 "$api_pid" http_ok "http://127.0.0.1:$api_port/q/health/ready" || rc=$?
case $rc in
  0) ;;
  2) tail -30 "$artifacts/api.log"; die "the API stopped" ;;
  *) tail -30 "$artifacts/api.log"; die "the API is not ready" ;;
esac
# The demo data of the source tree the jar was built from (backend/target/quarkus-app/.. -> backend/).
demo_dir=$(cd "$(dirname "$api_jar")/../.." && pwd)/src/main/resources/db/demo
log "demo data (${demo_dir#"$root"/})"
for sql in "$demo_dir"/*.sql; do pg -d "$db" -f "$sql"; done
# The public statistics journey reads the closed months of the demo history: the snapshot job (1 s after the
# start, then every 5 s here; 60 s and hourly by default) stores them soon after the data is in.
statistics_stored() { [[ $(pg -d "$db" -Atc "select count(*) > 0 from statistics_month") == t ]]; }
WAIT_STEP=1 wait_for 120 "$api_pid" statistics_stored || die "the statistics job stored no month (see e2e-artifacts/api.log)"
WAIT_STEP=1 wait_for 30 - port_busy "$spa_port" || true

cd "$frontend"
export E2E_BASE_URL="http://localhost:$spa_port" E2E_API_LOG="$artifacts/api.log" \
  E2E_API_URL="http://localhost:$api_port/api/v1" E2E_KEYCLOAK_URL="http://localhost:$keycloak_port"
if [[ "${1:-}" == --lighthouse ]]; then
  log "Lighthouse"
  node scripts/lighthouse.mjs
else
  log "Playwright"
  npx playwright test "$@"
fi
