#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
# The build needs it (release 21); Debian's default JDK here is 17.
set -euo pipefail

major_of() { # the feature version of the JDK at $1, from its `release` file
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

if [ -n "${JAVA_HOME:-}" ] && [ "$(major_of "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  echo "$JAVA_HOME"; exit 0
fi
best=""; best_major=0
for jdk in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
  [ -x "$jdk/bin/javac" ] || continue
  major=$(major_of "$jdk"); major=${major:-0}
  if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$jdk; best_major=$major; fi
done
if [ -z "$best" ]; then
  echo "No JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm). Install one, or set JAVA_HOME." >&2
  exit 1
fi
echo "$best"
