#!/usr/bin/env bash
# make audit-verify: checks the hash chain of a PAS database's audit trail (docs/security.md, "The audit
# chain") with psql: the same check as GET /audit-events/verification (the database function
# audit_chain_verify(), migration V13.0.0), without the API or a token. Exits 0 when the chain is
# intact, 1 when it names a broken link, 2 when the database cannot be read.
#
# AUDIT_DB_URL: a libpq connection URL; default the development database of `make run`: pas on the
# PostgreSQL server of 127.0.0.1:5432, or else the embedded one on PG_PORT (5433).
set -euo pipefail
LOG_TAG=audit-verify
source "$(dirname "$0")/lib.sh"

if [[ -z ${AUDIT_DB_URL:-} ]]; then
  if local_pg_ok; then AUDIT_DB_URL=postgresql://pas:pas@127.0.0.1:5432/pas
  else AUDIT_DB_URL=postgresql://pas:pas@127.0.0.1:${PG_PORT:-5433}/pas; fi
fi
command -v psql >/dev/null || die "psql is needed: apt-get install postgresql-client"

started=$(date +%s%N)
row=$(psql "$AUDIT_DB_URL" -AtqX -F '|' -v ON_ERROR_STOP=1 -c \
  'select verified, events, last_hash, first_broken_event_id, broken_position, reason from audit_chain_verify()') \
  || { log "could not read ${AUDIT_DB_URL%%\?*}"; exit 2; }
took=$(( ($(date +%s%N) - started) / 1000000 ))
IFS='|' read -r verified events last_hash event position reason <<<"$row"
if [[ $verified == t ]]; then
  log "intact: $events events, last hash $last_hash (${took} ms)"
else
  log "BROKEN at position ${position:-?} (event ${event:-none}): $reason (${took} ms)"
  exit 1
fi
