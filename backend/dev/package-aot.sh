#!/usr/bin/env bash
# Builds the packaged API (backend/target/quarkus-app) with its JDK AOT cache, app.aot, when either is missing or
# older than a source file, the pom or the contract; does nothing otherwise.
#
# The cache is trained by the integration tests: `verify -Dquarkus.package.jar.aot.enabled=true` runs the
# @QuarkusIntegrationTest suite against the packaged jar with -XX:AOTMode=record (EndpointFamiliesIT walks every
# endpoint family with real Keycloak tokens), and Quarkus writes app.aot from what that run loaded, linked and
# profiled. Start the API from target/quarkus-app with -XX:AOTCache=app.aot, on the JDK that built the cache (the
# JVM ignores a cache of another JDK build, with a warning, and starts without it).
# Needs the real Keycloak on KEYCLOAK_PORT (8180); the ITs start their own embedded PostgreSQL. The unit tests are
# skipped (make test runs them). PAS_IT_PORT: the port of the packaged API under test (8081, make test's).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
backend=$(cd "$here/.." && pwd)
LOG_TAG=${LOG_TAG:-package}; source "$here/lib.sh"
export JAVA_HOME=${JAVA_HOME:-$("$here/java-home.sh")}

app=$backend/target/quarkus-app
if [[ -f "$app/quarkus-run.jar" && -f "$app/app.aot" && ! "$app/app.aot" -ot "$app/quarkus-run.jar" ]] \
   && [[ -z $(find "$backend/src/main" "$backend/pom.xml" "$backend/../openapi.yaml" -newer "$app/quarkus-run.jar" \
              -print -quit) ]]; then
  exit 0
fi
"$backend/keycloak/keycloak.sh" status >/dev/null 2>&1 \
  || die "the AOT cache's training (the integration tests) needs Keycloak: backend/keycloak/keycloak.sh start"
"$backend/keycloak/keycloak.sh" wait
log "building the API jar and its AOT cache, trained by the integration tests (./mvnw verify, unit tests skipped) ..."
rm -f "$app/app.aot"
(cd "$backend" && ./mvnw -B -q --no-transfer-progress verify -Dquarkus.package.jar.aot.enabled=true \
   -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.http.test-port="${PAS_IT_PORT:-8081}")
[[ -f "$app/app.aot" ]] || die "the build wrote no $app/app.aot"
