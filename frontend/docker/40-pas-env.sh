#!/bin/sh
# Writes the SPA's runtime configuration (/env.js) from environment variables, so one image
# serves every environment. Run by the nginx image's /docker-entrypoint.sh before nginx starts.
set -eu

target="${PAS_ENV_JS:-/usr/share/nginx/html/env.js}"

# Quote a value as a JavaScript string literal.
js_string() {
    printf "'%s'" "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g" -e 's/</\\x3c/g')"
}

cat > "$target" <<JS
// Generated at container start by /docker-entrypoint.d/40-pas-env.sh
window.__PAS_CONFIG__ = {
  apiUrl: $(js_string "${API_URL:-http://localhost:8080/api/v1}"),
  keycloakUrl: $(js_string "${KEYCLOAK_URL:-http://localhost:8180}"),
  realm: $(js_string "${KEYCLOAK_REALM:-pas}"),
  clientId: $(js_string "${KEYCLOAK_CLIENT_ID:-pas-spa}"),
};
JS

echo "$0: wrote $target (apiUrl=${API_URL:-default}, keycloakUrl=${KEYCLOAK_URL:-default})"
