# Shared by seed-province.sh and bench.sh: where things are, and starting/stopping the packaged API.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BACKEND_DIR=$(cd "$BENCH_DIR/.." && pwd)
REPO_ROOT=$(cd "$BACKEND_DIR/.." && pwd)
LOG_TAG=bench LOG_CLOCK=1
source "$BACKEND_DIR/dev/lib.sh"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PROVINCE_DB=${PROVINCE_DB:-pas_province}
PAS_JAR=${PAS_JAR:-$BACKEND_DIR/target/quarkus-app/quarkus-run.jar}
JAVA_HOME=${JAVA_HOME:-$("$BACKEND_DIR/dev/java-home.sh")}
export JAVA_HOME

case "$PROVINCE_DB" in
  pas|test|postgres|template0|template1) echo "PROVINCE_DB=$PROVINCE_DB: use a database of its own" >&2; exit 2 ;;
esac

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$PROVINCE_DB" "$@"; }

# Builds the API jar and its JDK AOT cache (app.aot) when either is missing or stale: dev/package-aot.sh, the
# cache trained by the integration tests (they need the real Keycloak: call it once Keycloak runs).
ensure_jar() {
  if [[ $PAS_JAR == "$BACKEND_DIR/target/quarkus-app/quarkus-run.jar" ]]; then
    "$BACKEND_DIR/dev/package-aot.sh"
  fi
}

# The minimal application bench.sh compares PAS's start with (bench/minimal: REST + Panache + PostgreSQL, one
# entity, one endpoint, its AOT cache trained by its one integration test the same way), on the database
# $MINIMAL_DB (one table, one row). Built (offline, from ~/.m2) when missing or older than its sources.
MINIMAL_JAR=$BENCH_DIR/minimal/target/quarkus-app/quarkus-run.jar
MINIMAL_DB=pas_minimal
ensure_minimal() {
  [[ $(psql -X -Atc "select 1 from pg_database where datname = '$MINIMAL_DB'" -d postgres) == 1 ]] || createdb "$MINIMAL_DB"
  psql -X -q -v ON_ERROR_STOP=1 -d "$MINIMAL_DB" -c "set client_min_messages = warning; create table if not exists greeting (id bigint primary key, text varchar(255));
    insert into greeting values (1, 'hello') on conflict do nothing"
  if [[ ! -f "$(dirname "$MINIMAL_JAR")/app.aot" ]] \
     || [[ -n $(find "$BENCH_DIR/minimal/src" "$BENCH_DIR/minimal/pom.xml" -newer "$(dirname "$MINIMAL_JAR")/app.aot" -print -quit) ]]; then
    log "building the minimal application and its AOT cache (bench/minimal, ./mvnw -o verify) ..."
    (cd "$BENCH_DIR/minimal" && MINIMAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$MINIMAL_DB" \
       "$BACKEND_DIR/mvnw" -B -q -o --no-transfer-progress verify -Dquarkus.package.jar.aot.enabled=true)
  fi
}

# JVM options of the benchmarked API (override with PAS_JAVA_OPTS): the serial collector and a
# small initial heap keep the resident set small on a small machine; fewer malloc arenas too. (A 48 MB
# code cache, tried for a smaller RSS, filled up: full collections every few seconds and C2 compiling
# the same methods again and again; the default reserves 240 MB and uses what it compiles.)
# Two thresholds are raised so that no full collection (the serial collector stops everything: 90-250 ms on
# two busy cores) comes from them: compiled code growing by 15 % of its code heap (18 MB; the JIT writes 20-30 MB
# under the bench) triggered "Pause Full (CodeCache GC Threshold)" in the middle of a run, 209 ms (the max of
# the waitlist under the open model); and metaspace reaching its first 21 MB mark triggered two or three "Metadata GC Threshold"
# ones during the start and the first minute (the API's classes take 58 MB of metaspace).
API_JAVA_OPTS=${PAS_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -Xss256k -XX:SweeperThreshold=50 -XX:MetaspaceSize=80m}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# The module options the integration tests launch the jar with (quarkus.test.arg-line; JBoss Threads needs them on
# JDK 24+): an AOT cache is used whole only with the options it was trained with (else the JVM drops its archived
# module graph, with an error line in the log).
JDK_OPEN_ARGS="--add-opens java.base/java.lang=ALL-UNNAMED"

# start_api PORT LOGFILE [extra java options...]: starts the packaged API on the province database
# from the jar's folder (an AOT cache is only used with the class path it was recorded with);
# sets API_PID. The caller waits with wait_api.
start_api() {
  local port=$1 logfile=$2 aot=
  shift 2
  [[ -f "$(dirname "$PAS_JAR")/app.aot" ]] && aot="-XX:AOTCache=app.aot $JDK_OPEN_ARGS"
  # shellcheck disable=SC2086
  (cd "$(dirname "$PAS_JAR")" && \
   API_PORT=$port API_HOST=127.0.0.1 \
   QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PROVINCE_DB" \
   QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres} \
   PAS_MAIL_MOCK=${PAS_MAIL_MOCK:-true} \
   exec "$JAVA_HOME/bin/java" $aot $API_JAVA_OPTS "$@" -jar "$(basename "$PAS_JAR")") >"$logfile" 2>&1 &
  API_PID=$!
}

# wait_api PORT [timeout s]: until the API answers (any HTTP status) on /q/health/live; polled every
# 20 ms, as bench.sh measures the start time with it.
wait_api() {
  local port=$1 timeout=${2:-120} rc=0
  WAIT_STEP=0.02 wait_for "$timeout" "$API_PID" http_answers "http://127.0.0.1:$port/q/health/live" || rc=$?
  case $rc in
    0) ;;
    2) log "the API stopped; its log:"; tail -50 "$API_LOG" >&2; return 1 ;;
    *) log "the API did not answer within $timeout s"; return 1 ;;
  esac
}

stop_api() {
  if [[ -n "${API_PID:-}" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  fi
  API_PID=
}
