// Runtime configuration, loaded before the bundle so one build serves every environment.
// In the container, /docker-entrypoint.d/40-pas-env.sh rewrites this file from API_URL,
// KEYCLOAK_URL, KEYCLOAK_REALM and KEYCLOAK_CLIENT_ID at start-up.
window.__PAS_CONFIG__ = {
  apiUrl: 'http://localhost:8080/api/v1',
  keycloakUrl: 'http://localhost:8180',
  realm: 'pas',
  clientId: 'pas-spa',
};
