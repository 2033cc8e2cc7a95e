#!/bin/sh
# Writes /env.js from the container's environment, so one image serves every environment.
set -eu
cat > /usr/share/nginx/html/env.js <<JS
window.__PAS_CONFIG__ = {
  apiUrl: '${API_URL:-http://localhost:8080/api/v1}',
  keycloakUrl: '${KEYCLOAK_URL:-http://localhost:8180}',
  realm: '${KEYCLOAK_REALM:-pas}',
  clientId: '${KEYCLOAK_CLIENT_ID:-pas-spa}',
};
JS
