#!/usr/bin/env bash
# `make cluster`: PAS as a province runs it, on this machine and on 127.0.0.1 only: two API instances
# of the packaged jar (prod profile) behind HAProxy, the SPA's production build behind the same proxy,
# the local PostgreSQL and Keycloak.
#
#   HAProxy :8088 ─┬─ /api/, /q/openapi, /q/swagger-ui ─> api-1 :8091, api-2 :8092 (round robin,
#                  │    health check GET /q/health/ready, idempotent requests retried on the other)
#                  └─ everything else ─────────────────> the SPA (vite preview, SPA fallback) :8093
#   HAProxy's stats page :8098; PostgreSQL 127.0.0.1:5432, database pas_cluster; Keycloak :8180.
#
# Usage: backend/dev/cluster.sh [command]
#   run (default)          start, print the URLs, wait; Ctrl-C or SIGTERM stops everything
#   start                  start in the background and return once every part is ready
#   stop                   stop what start started (Keycloak only if start started it)
#   status                 the state of each part
#   instance-stop N [SIG]  stop API instance N (1 or 2) with SIGTERM (graceful, default) or KILL
#   instance-start N [VAR=value...]   start API instance N again (settings as at start, plus these)
#
# Environment: CLUSTER_PORT (8088, the proxy), CLUSTER_STATS_PORT (8098), CLUSTER_API1_PORT (8091),
#   CLUSTER_API2_PORT (8092), CLUSTER_SPA_PORT (8093), CLUSTER_DB (pas_cluster; created if missing, with
#   the demo data), CLUSTER_FRESH_DB=1 (drop and create it), CLUSTER_PG_PORT (5435: the embedded
#   PostgreSQL used when none answers on 5432), KEYCLOAK_PORT (8180), CLUSTER_JAVA_OPTS. Every PAS_* and
#   QUARKUS_* variable set when starting reaches both instances (e.g. PAS_RATE_LIMIT_EXPENSIVE).
# State, settings and logs: .cache/cluster/ (haproxy.cfg, api-1.log, api-2.log, haproxy.log, spa.log).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
LOG_TAG=cluster; source "$here/lib.sh"

PROXY_PORT=${CLUSTER_PORT:-8088}
STATS_PORT=${CLUSTER_STATS_PORT:-8098}
API1_PORT=${CLUSTER_API1_PORT:-8091}
API2_PORT=${CLUSTER_API2_PORT:-8092}
SPA_PORT=${CLUSTER_SPA_PORT:-8093}
DB=${CLUSTER_DB:-pas_cluster}
EMBEDDED_PG_PORT=${CLUSTER_PG_PORT:-5435}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
JAVA_OPTS=${CLUSTER_JAVA_OPTS:--Xmx512m}
STATE=$root/.cache/cluster
JAR=$root/backend/target/quarkus-app/quarkus-run.jar
# The AOT cache, with the module options it was trained with (as bench/common.sh's start_api; docs/performance.md).
AOT_OPTS="-XX:AOTCache=$root/backend/target/quarkus-app/app.aot --add-opens java.base/java.lang=ALL-UNNAMED"
SPA_DIR=$STATE/spa
keycloak=$root/backend/keycloak/keycloak.sh
export JAVA_HOME=${JAVA_HOME:-$("$here/java-home.sh")}

# --- small helpers ---------------------------------------------------------------------------

pid_of() { cat "$STATE/$1.pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }
api_port() { if [[ $1 == 1 ]]; then echo "$API1_PORT"; else echo "$API2_PORT"; fi; }

# spawn NAME COMMAND...: runs COMMAND in a session of its own (it outlives `start`, and stop_part ends
# its whole process group: npx's node, for instance), output to NAME.log, pid in NAME.pid.
spawn() {
  local name=$1
  shift
  setsid "$@" >>"$STATE/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/$name.pid"
}

# stop_part NAME [SIGNAL] [SECONDS]: signals the process group and waits for it to end (then KILL).
stop_part() {
  local name=$1 sig=${2:-TERM} wait_s=${3:-40} pid i
  pid=$(pid_of "$name")
  [[ -n "$pid" ]] || return 0
  kill -s "$sig" -- "-$pid" 2>/dev/null || kill -s "$sig" "$pid" 2>/dev/null || true
  for (( i = 0; i < wait_s * 5; i++ )); do
    kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$STATE/$name.pid"
}

# --- the parts ---------------------------------------------------------------------------------

# The packaged API and its JDK AOT cache (app.aot, trained by the integration tests: dev/package-aot.sh), rebuilt
# when a source is newer than the jar; needs Keycloak, which cmd_start starts first.
build_api() {
  "$here/package-aot.sh" >"$STATE/build.log" 2>&1 \
    || { tail -30 "$STATE/build.log" >&2; die "the API build failed (log .cache/cluster/build.log)"; }
}

# The SPA's production build in .cache/cluster/spa, rebuilt when a source is newer; its env.js (written
# at every start) points at the proxy, so the SPA calls the API on its own origin.
build_spa() {
  local fe=$root/frontend
  [[ -d "$fe/node_modules" ]] || (cd "$fe" && npm ci --no-audit --no-fund >"$STATE/build.log" 2>&1)
  if [[ ! -f "$SPA_DIR/index.html" ]] || [[ -n $(find "$fe/src" "$fe/public" "$fe/index.html" "$fe/package.json" \
      "$fe/vite.config.ts" -newer "$SPA_DIR/index.html" -print -quit) ]]; then
    log "building the SPA (vite build)"
    (cd "$fe" && npx vite build --outDir "$SPA_DIR" --emptyOutDir --logLevel warn) >"$STATE/build.log" 2>&1 \
      || { tail -30 "$STATE/build.log" >&2; die "the SPA build failed (log .cache/cluster/build.log)"; }
  fi
  cat >"$SPA_DIR/env.js" <<ENV
window.__PAS_CONFIG__ = {
  apiUrl: 'http://localhost:$PROXY_PORT/api/v1',
  keycloakUrl: 'http://localhost:$KEYCLOAK_PORT',
  realm: 'pas',
  clientId: 'pas-spa',
};
ENV
}

# The database: the local server's $DB (created if missing), else an embedded PostgreSQL. Writes
# cluster.env (how to reach it, for cluster-test.sh) and says whether the demo data must be loaded.
start_database() {
  local pg_port=5432 db=$DB load_demo=no
  if local_pg_ok; then
    pg() { psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
    [[ $(pg -c "select 1 from pg_roles where rolname = 'pas'") == 1 ]] || pg -c "create role pas login password 'pas'"
    if [[ ${CLUSTER_FRESH_DB:-0} == 1 ]]; then pg -c "drop database if exists $db with (force)"; fi
    if [[ $(pg -c "select 1 from pg_database where datname = '$db'") != 1 ]]; then
      pg -c "create database $db owner pas"
      load_demo=yes
    fi
    log "database $db on the local PostgreSQL (127.0.0.1:5432)"
  else
    pg_port=$EMBEDDED_PG_PORT db=pas
    [[ ${CLUSTER_FRESH_DB:-0} == 1 ]] && rm -rf "$STATE/pgdata"
    [[ -d "$STATE/pgdata" ]] || load_demo=yes
    log "no PostgreSQL on 127.0.0.1:5432: an embedded one on $pg_port (data in .cache/cluster/pgdata)"
    STARTED=()
    start_embedded_pg "$STATE/pgdata" "$pg_port" "$STATE/postgres.log"
    echo "${STARTED[0]}" >"$STATE/postgres.pid"
  fi
  cat >"$STATE/cluster.env" <<ENV
CLUSTER_PG_HOST_PORT=$pg_port
CLUSTER_PG_DB=$db
CLUSTER_PROXY=http://127.0.0.1:$PROXY_PORT
CLUSTER_API1=http://127.0.0.1:$API1_PORT
CLUSTER_API2=http://127.0.0.1:$API2_PORT
ENV
  LOAD_DEMO=$load_demo
}

# The settings both instances share (api.env, one VAR=value a line): the database, where the SPA is,
# and every PAS_*/QUARKUS_* variable of the caller's environment.
write_api_env() {
  local pg_port db
  pg_port=$(sed -n 's/^CLUSTER_PG_HOST_PORT=//p' "$STATE/cluster.env")
  db=$(sed -n 's/^CLUSTER_PG_DB=//p' "$STATE/cluster.env")
  {
    echo "API_HOST=127.0.0.1"
    echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$pg_port/$db"
    echo "QUARKUS_DATASOURCE_USERNAME=pas"
    echo "QUARKUS_DATASOURCE_PASSWORD=pas"
    echo "PAS_OIDC_ISSUER=http://localhost:$KEYCLOAK_PORT/realms/pas"
    echo "PAS_OIDC_JWKS_URL=http://localhost:$KEYCLOAK_PORT/realms/pas/protocol/openid-connect/certs"
    echo "PAS_CORS_ORIGINS=http://localhost:$PROXY_PORT,http://127.0.0.1:$PROXY_PORT"
    echo "PAS_SPA_URL=http://localhost:$PROXY_PORT"
    echo "PAS_MAIL_MOCK=true"
    env | grep -E '^(PAS|QUARKUS)_[A-Z0-9_]*=' || true
  } >"$STATE/api.env"
}

# start_instance N [VAR=value...]: API instance N (name api-N) on its port, in the background.
start_instance() {
  local n=$1 port
  shift
  port=$(api_port "$n")
  alive "api-$n" && die "api-$n is running already"
  port_busy "$port" && die "port $port is in use (set CLUSTER_API${n}_PORT)"
  local -a settings
  mapfile -t settings <"$STATE/api.env"
  echo "--- $(date -u +%FT%TZ) start" >>"$STATE/api-$n.log"
  spawn "api-$n" env "${settings[@]}" API_PORT="$port" PAS_INSTANCE="api-$n" "$@" \
    "$JAVA_HOME/bin/java" $AOT_OPTS $JAVA_OPTS -jar "$JAR"
}

# proxy_sees_up N: HAProxy's health checks have marked api-N UP (its stats page, as CSV).
proxy_sees_up() {
  curl -fsS --max-time 2 "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null | grep -q "^api,api-$1,.*,UP,"
}

# wait_instance N: until its readiness answers 200 and HAProxy sends it requests again (dies when it
# exits or takes over 180 s).
wait_instance() {
  local n=$1 rc=0
  WAIT_STEP=0.3 wait_for 180 "$(pid_of "api-$n")" http_ok "http://127.0.0.1:$(api_port "$n")/q/health/ready" || rc=$?
  (( rc == 0 )) || { tail -30 "$STATE/api-$n.log" >&2; die "api-$n is not ready (log .cache/cluster/api-$n.log)"; }
  WAIT_STEP=0.2 wait_for 20 - proxy_sees_up "$n" || die "HAProxy does not see api-$n UP (log .cache/cluster/haproxy.log)"
}

write_haproxy_cfg() {
  cat >"$STATE/haproxy.cfg" <<CFG
# Generated by backend/dev/cluster.sh: PAS behind one proxy, on 127.0.0.1 only.
global
    log stdout format raw local0
    stats socket $STATE/haproxy.sock mode 600 level admin
    maxconn 2000

defaults
    mode http
    log global
    option httplog
    timeout connect 1s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    timeout queue 10s

frontend pas
    bind 127.0.0.1:$PROXY_PORT
    # Every request carries an id (the client's X-Request-Id, else a new one), logged here and by the API.
    unique-id-format %[uuid()]
    http-request set-header X-Request-Id %[unique-id] unless { req.hdr(x-request-id) -m found }
    http-request capture req.hdr(x-request-id) len 64
    acl to_api path_beg /api/ /q/openapi /q/swagger-ui
    use_backend api if to_api
    default_backend spa

backend api
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2
    # A request that failed on one instance is tried again on the other (redispatch at every retry).
    # Connection failures (nothing reached the instance) are retried whatever the method. Failures after
    # the request was sent (instance died, 502/503/504) are retried only for the idempotent methods: a
    # POST is not (HAProxy itself does not look at the method); clients retry creations with the same
    # Idempotency-Key instead.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 502 503 504
    http-request disable-l7-retry unless METH_GET || METH_HEAD || METH_PUT || METH_DELETE || METH_OPTIONS
    server api-1 127.0.0.1:$API1_PORT check
    server api-2 127.0.0.1:$API2_PORT check

backend spa
    server spa 127.0.0.1:$SPA_PORT check

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 2s
    stats admin if TRUE
CFG
}

# --- commands ----------------------------------------------------------------------------------

cmd_start() {
  mkdir -p "$STATE"
  alive haproxy && die "the cluster is running already (backend/dev/cluster.sh stop)"
  local p
  for p in "$PROXY_PORT" "$STATS_PORT" "$API1_PORT" "$API2_PORT" "$SPA_PORT"; do
    case "$p" in 8080|8081|3000|5173|8180) die "port $p belongs to make run / the e2e tests / Keycloak: pick another" ;; esac
    port_busy "$p" && die "port $p is in use (see the CLUSTER_*_PORT variables)"
  done
  # A start that fails half-way stops what it started.
  trap 'set +e; cmd_stop' EXIT
  command -v haproxy >/dev/null || apt_install haproxy || die "HAProxy is needed: apt-get install haproxy"
  command -v psql >/dev/null || apt_install postgresql-client || die "psql is needed: apt-get install postgresql-client"

  rm -f "$STATE/keycloak.ours"
  if ! "$keycloak" status >/dev/null 2>&1; then
    touch "$STATE/keycloak.ours"
    "$keycloak" start
  fi
  build_api
  build_spa
  start_database
  write_api_env
  write_haproxy_cfg
  haproxy -c -q -f "$STATE/haproxy.cfg" || die "HAProxy rejects .cache/cluster/haproxy.cfg"

  spawn spa "$root/frontend/node_modules/.bin/vite" preview --outDir "$SPA_DIR" --host 127.0.0.1 \
    --port "$SPA_PORT" --strictPort
  spawn haproxy haproxy -db -f "$STATE/haproxy.cfg"
  "$keycloak" wait
  # api-1 first: it migrates the schema (Flyway) before api-2 starts.
  start_instance 1
  wait_instance 1
  if [[ $LOAD_DEMO == yes ]]; then
    log "loading the demo data (backend/src/main/resources/db/demo)"
    local pg_port db sql
    pg_port=$(sed -n 's/^CLUSTER_PG_HOST_PORT=//p' "$STATE/cluster.env")
    db=$(sed -n 's/^CLUSTER_PG_DB=//p' "$STATE/cluster.env")
    for sql in "$root"/backend/src/main/resources/db/demo/*.sql; do
      psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -f "$sql" >/dev/null
    done
  fi
  start_instance 2
  wait_instance 2
  WAIT_STEP=0.3 wait_for 30 "$(pid_of spa)" port_busy "$SPA_PORT" || die "the SPA server did not start (log .cache/cluster/spa.log)"
  trap - EXIT
  log "ready"
}

cmd_stop() {
  local part
  for part in haproxy api-1 api-2 spa postgres; do stop_part "$part"; done
  if [[ -f "$STATE/keycloak.ours" ]]; then "$keycloak" stop || true; rm -f "$STATE/keycloak.ours"; fi
  rm -f "$STATE/haproxy.sock"
}

cmd_status() {
  local part
  for part in haproxy api-1 api-2 spa postgres; do
    if alive "$part"; then echo "$part: running (pid $(pid_of "$part"))"; else echo "$part: stopped"; fi
  done
  "$keycloak" status || true
}

print_urls() {
  cat <<INFO

PAS runs as two instances behind HAProxy. Ctrl-C stops everything.
  SPA              http://localhost:$PROXY_PORT
  API              http://localhost:$PROXY_PORT/api/v1
  Swagger UI       http://localhost:$PROXY_PORT/q/swagger-ui   (Authorize: client pas-swagger)
  HAProxy stats    http://127.0.0.1:$STATS_PORT
  api-1, directly  http://127.0.0.1:$API1_PORT/api/v1   (health: /q/health)
  api-2, directly  http://127.0.0.1:$API2_PORT/api/v1
  Keycloak         http://localhost:$KEYCLOAK_PORT   (demo users: see README.md, password pas-demo-1)
  Database         $(sed -n 's/^QUARKUS_DATASOURCE_JDBC_URL=//p' "$STATE/api.env")
  Logs             .cache/cluster/ (api-1.log, api-2.log, haproxy.log, spa.log)
INFO
}

cmd_run() {
  trap 'exit 130' INT TERM
  cmd_start
  trap 'set +e; trap - EXIT; echo; log "stopping"; cmd_stop; log "stopped"' EXIT
  trap 'exit 0' INT TERM
  print_urls
  # The proxy is the cluster's front door: when it is gone, so is the cluster.
  while alive haproxy; do sleep 1; done
  die "HAProxy exited (log .cache/cluster/haproxy.log)"
}

cmd=${1:-run}
[[ $# -gt 0 ]] && shift
case "$cmd" in
  run) cmd_run ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  instance-stop)
    [[ ${1:-} == [12] ]] || die "usage: $0 instance-stop 1|2 [TERM|KILL]"
    stop_part "api-$1" "${2:-TERM}" ;;
  instance-start)
    [[ ${1:-} == [12] ]] || die "usage: $0 instance-start 1|2 [VAR=value...]"
    n=$1; shift
    start_instance "$n" "$@"
    wait_instance "$n" ;;
  -h|--help|help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command $cmd (try --help)" ;;
esac
