# Shared by seed-province.sh and bench.sh: where things are, and starting/stopping the packaged API.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BACKEND_DIR=$(cd "$BENCH_DIR/.." && pwd)
REPO_ROOT=$(cd "$BACKEND_DIR/.." && pwd)

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PROVINCE_DB=${PROVINCE_DB:-pas_province}
PAS_JAR=${PAS_JAR:-$BACKEND_DIR/target/quarkus-app/quarkus-run.jar}
JAVA_HOME=${JAVA_HOME:-$("$BACKEND_DIR/dev/java-home.sh")}
export JAVA_HOME

case "$PROVINCE_DB" in
  pas|test|postgres|template0|template1) echo "PROVINCE_DB=$PROVINCE_DB: use a database of its own" >&2; exit 2 ;;
esac

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$PROVINCE_DB" "$@"; }

# Builds the API jar when it is missing.
ensure_jar() {
  if [[ ! -f "$PAS_JAR" ]]; then
    log "building the API jar (./mvnw package -DskipTests) ..."
    (cd "$BACKEND_DIR" && ./mvnw -B -q --no-transfer-progress package -DskipTests)
  fi
}

# JVM options of the benchmarked API (override with PAS_JAVA_OPTS).
API_JAVA_OPTS=${PAS_JAVA_OPTS:-}

# start_api PORT LOGFILE [extra java options...]: starts the packaged API on the province database;
# sets API_PID. Prints nothing; the caller waits with wait_api.
start_api() {
  local port=$1 logfile=$2
  shift 2
  # shellcheck disable=SC2086
  API_PORT=$port API_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PROVINCE_DB" \
  QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres} \
  PAS_MAIL_MOCK=${PAS_MAIL_MOCK:-true} \
    "$JAVA_HOME/bin/java" $API_JAVA_OPTS "$@" -jar "$PAS_JAR" >"$logfile" 2>&1 &
  API_PID=$!
}

# wait_api PORT [timeout s]: until the API answers (any HTTP status) on /q/health/live.
wait_api() {
  local port=$1 timeout=${2:-120} t0=$SECONDS
  until curl -s -o /dev/null "http://127.0.0.1:$port/q/health/live"; do
    if ! kill -0 "$API_PID" 2>/dev/null; then log "the API stopped; its log:"; tail -50 "$API_LOG" >&2; return 1; fi
    if (( SECONDS - t0 > timeout )); then log "the API did not answer within $timeout s"; return 1; fi
    sleep 0.02
  done
}

stop_api() {
  if [[ -n "${API_PID:-}" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  fi
  API_PID=
}
