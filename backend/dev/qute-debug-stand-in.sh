#!/usr/bin/env bash
# Dev mode (`make run`) adds Qute's template debugger, io.quarkus.qute:qute-debug, at the Quarkus version of
# the build (quarkus-mailer brings Qute). Maven Central has it; the partial Maven mirror of our build machines
# lacks the 3.33.2 jar and serves 3.34.1. Where the right version cannot be had, this installs 3.34.1 under the
# wanted version into the local Maven repository, so that dev mode starts. Packaged builds and tests never
# use it. Usage: backend/dev/qute-debug-stand-in.sh (from anywhere; needs JAVA_HOME >= 21 like the build).
set -euo pipefail

backend=$(cd "$(dirname "$0")/.." && pwd)
LOG_TAG=qute-debug; source "$backend/dev/lib.sh"
mvnw=("$backend/mvnw" -B -q --no-transfer-progress -f "$backend/pom.xml")
wanted=$(sed -n 's|.*<quarkus.version>\(.*\)</quarkus.version>.*|\1|p' "$backend/pom.xml")
stand_in=3.34.1

if "${mvnw[@]}" dependency:get -Dartifact="io.quarkus.qute:qute-debug:$wanted" >/dev/null 2>&1; then
  exit 0
fi
log "io.quarkus.qute:qute-debug:$wanted is not served here; installing $stand_in in its place (dev mode only)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${mvnw[@]}" dependency:copy -Dartifact="io.quarkus.qute:qute-debug:$stand_in" -DoutputDirectory="$work" >/dev/null
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.quarkus.qute</groupId>
  <artifactId>qute-debug</artifactId>
  <version>$wanted</version>
  <description>Stand-in: qute-debug $stand_in installed as $wanted by backend/dev/qute-debug-stand-in.sh</description>
  <dependencies>
    <dependency><groupId>io.quarkus.qute</groupId><artifactId>qute-core</artifactId><version>$wanted</version></dependency>
    <dependency><groupId>org.eclipse.lsp4j</groupId><artifactId>org.eclipse.lsp4j.debug</artifactId><version>0.24.0</version></dependency>
  </dependencies>
</project>
POM
"${mvnw[@]}" install:install-file -Dfile="$work/qute-debug-$stand_in.jar" -DpomFile="$work/pom.xml" >/dev/null
