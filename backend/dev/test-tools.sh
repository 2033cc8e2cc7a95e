#!/usr/bin/env bash
# First step of `make test`: what it needs beyond a JDK, Node and npm, installed from Debian when
# missing and running as root:
#   docker-compose     validates docker-compose.yml without a Docker engine (or `docker compose`);
#   chromium           /usr/bin/chromium for the Playwright journeys (browser downloads are not possible here);
#   postgresql-client  psql, for the end-to-end database and its demo data.
# Otherwise it stops at once with one line naming what to install. (A PostgreSQL server is not needed:
# the end-to-end step falls back to an embedded one.)
set -euo pipefail
LOG_TAG=make-test; source "$(dirname "$0")/lib.sh"

plain=() browser=()
docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null || plain+=(docker-compose)
command -v psql >/dev/null || plain+=(postgresql-client)
[[ -x /usr/bin/chromium ]] || browser+=(chromium)
missing=("${plain[@]}" "${browser[@]}")
(( ${#missing[@]} )) || exit 0

# docker-compose without its recommended docker.io (no engine is needed to validate the file);
# Chromium with its recommended fonts, as the screenshots and axe's contrast checks were made with them.
{ (( ! ${#plain[@]} )) || apt_install --no-install-recommends "${plain[@]}"; } \
  && { (( ! ${#browser[@]} )) || apt_install "${browser[@]}"; } \
  || die "make test needs ${missing[*]}: install them (apt-get install ${missing[*]}) and run it again"
