#!/usr/bin/env bash
# End-to-end stack for the SPA's Playwright tests (`make test-e2e`), against the real thing:
#   - a fresh PostgreSQL database `pas_e2e` on the local server (127.0.0.1:5432, user postgres),
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
#   E2E_DB (pas_e2e), KEYCLOAK_PORT (8180), JAVA_HOME (JDK 21+).
set -euo pipefail
set -m

frontend=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$frontend/.." && pwd)
api_jar=${E2E_API_JAR:-$root/backend/target/quarkus-app/quarkus-run.jar}
api_port=${E2E_API_PORT:-8081}
spa_port=${E2E_SPA_PORT:-3000}
db=${E2E_DB:-pas_e2e}
keycloak_port=${KEYCLOAK_PORT:-8180}
artifacts="$frontend/e2e-artifacts"
java_home=${JAVA_HOME:-$("$root/backend/dev/java-home.sh")}
psql=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q)

log() { printf '[e2e] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

[[ -f "$api_jar" ]] || die "no API jar at $api_jar: run 'make build' or 'cd backend && ./mvnw verify' first"
[[ -x /usr/bin/chromium ]] || die "no /usr/bin/chromium: apt-get install -y chromium"
curl -fsS --max-time 5 "http://127.0.0.1:$keycloak_port/realms/pas" >/dev/null \
  || die "Keycloak does not answer on $keycloak_port: start it with backend/keycloak/keycloak.sh start"
for port in "$api_port" "$spa_port"; do
  port_busy "$port" && die "port $port is taken: set E2E_API_PORT / E2E_SPA_PORT"
done

mkdir -p "$artifacts"
started=()
cleanup() {
  trap - EXIT INT TERM
  set +e
  for pid in "${started[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; done
  wait 2>/dev/null
  "${psql[@]}" -d postgres -c "drop database if exists $db with (force)" 2>/dev/null
}
trap cleanup EXIT INT TERM

log "database $db (fresh)"
"${psql[@]}" -d postgres -c "drop database if exists $db with (force)" -c "create database $db"

log "API from ${api_jar#"$root"/} on port $api_port (log e2e-artifacts/api.log)"
API_PORT=$api_port API_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  PAS_CORS_ORIGINS="http://localhost:$spa_port" PAS_SPA_URL="http://localhost:$spa_port" \
  PAS_MAIL_MOCK=true \
  "$java_home/bin/java" -jar "$api_jar" > "$artifacts/api.log" 2>&1 &
started+=($!)

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
started+=($!)

for _ in $(seq 120); do
  curl -fsS "http://127.0.0.1:$api_port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "${started[0]}" 2>/dev/null || { tail -30 "$artifacts/api.log"; die "the API stopped"; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$api_port/q/health/ready" >/dev/null || { tail -30 "$artifacts/api.log"; die "the API is not ready"; }
# The demo data of the source tree the jar was built from (backend/target/quarkus-app/.. -> backend/).
demo_dir=$(cd "$(dirname "$api_jar")/../.." && pwd)/src/main/resources/db/demo
log "demo data (${demo_dir#"$root"/})"
for sql in "$demo_dir"/*.sql; do "${psql[@]}" -d "$db" -f "$sql"; done
for _ in $(seq 30); do port_busy "$spa_port" && break; sleep 1; done

cd "$frontend"
export E2E_BASE_URL="http://localhost:$spa_port" E2E_API_LOG="$artifacts/api.log"
if [[ "${1:-}" == --lighthouse ]]; then
  log "Lighthouse"
  node scripts/lighthouse.mjs
else
  log "Playwright"
  npx playwright test "$@"
fi
