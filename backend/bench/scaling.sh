#!/usr/bin/env bash
# make bench-scaling: how the costs grow with the province. For each scale of SCALES (0.25 1 4: 1.5 M, 6 M and
# 24 M patients) it seeds the database pas_province (x1) or pas_province_x<scale> when it is missing or was seeded
# at another scale (SCALING_RESEED=1 seeds again), runs make bench's bench.sh on it, and prints the table of
# docs/performance.md: seed time and database size, then per endpoint the throughput and p99 at each size and how
# much the p99 grew from the smallest to the largest (goal: less than 1.5 x; indexes, not scans).
# About 20 min a size for the bench, plus the seeds (x4: about 40 min, 21 GB). 127.0.0.1 only.
#
# Environment: SCALES ("0.25 1 4"), SCALING_RESEED, SCALING_OUT (also write the table there), and bench.sh's.
set -euo pipefail
source "$(dirname "$0")/common.sh"

read -r -a scales <<<"${SCALES:-0.25 1 4}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

database_of() { if [[ $1 == 1 ]]; then echo pas_province; else echo "pas_province_x${1/./_}"; fi; }
seeded_scale() { psql -X -Atd "$1" -c "select scale from seed_province" 2>/dev/null || true; }

for scale in "${scales[@]}"; do
  db=$(database_of "$scale")
  if [[ -n ${SCALING_RESEED:-} ]] || ! awk -v a="$(seeded_scale "$db")" -v b="$scale" 'BEGIN { exit !(a != "" && a + 0 == b + 0) }'; then
    log "x$scale: seeding $db"
    SCALE=$scale PROVINCE_DB=$db "$BENCH_DIR/seed-province.sh"
  fi
  log "x$scale: make bench on $db"
  PROVINCE_DB=$db BENCH_OUT="$out/report-$scale.txt" BENCH_TSV="$out/bench-$scale.tsv" "$BENCH_DIR/bench.sh"
  PROVINCE_DB=$db psql_db -AtF$'\t' -c "select 'patients', patients from seed_province
    union all select 'make seed-province: s', seconds from seed_province
    union all select 'database size: MB', pg_database_size(current_database()) / 1048576" >"$out/seed-$scale.tsv"
  cat "$out/bench-$scale.tsv" >>"$out/seed-$scale.tsv" && mv "$out/seed-$scale.tsv" "$out/bench-$scale.tsv"
done

# One row per figure, one column per scale; for p99 rows the growth from the first scale to the last.
table() {
  local first=${scales[0]} last=${scales[-1]}
  printf '| figure |'; printf ' x%s |' "${scales[@]}"; printf ' x%s / x%s |\n' "$last" "$first"
  printf '| --- |'; printf ' --- |%.0s' "${scales[@]}"; printf ' --- |\n'
  # the figures in the order the first bench wrote them
  cut -f1 "$out/bench-$first.tsv" | while read -r key; do
    printf '| %s |' "$key"
    for scale in "${scales[@]}"; do printf ' %s |' "$(awk -F'\t' -v k="$key" '$1 == k { print $2 }' "$out/bench-$scale.tsv")"; done
    if [[ $key == *"p99 ms" ]]; then
      awk -F'\t' -v k="$key" 'FNR == 1 { f++ } $1 == k { v[f] = $2 } END { if (v[1] > 0) printf " %.2f |\n", v[2] / v[1]; else print " - |" }' \
        "$out/bench-$first.tsv" "$out/bench-$last.tsv"
    else
      printf ' |\n'
    fi
  done
}
{
  echo "PAS bench at ${scales[*]} x the province, $(date -u +%FT%TZ), $(nproc) cores, commit $(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  table
} | tee "${SCALING_OUT:-/dev/null}"
