/**
 * Runtime configuration. `public/env.js` sets `window.__PAS_CONFIG__` before the bundle loads;
 * in a container it is generated from environment variables at start-up, so the same build
 * serves every environment. Missing or blank values fall back to the local-development defaults.
 */
export interface PasConfig {
  /** Base URL of the PAS API, including the version prefix, e.g. http://localhost:8080/api/v1 */
  apiUrl: string;
  /** Keycloak base URL (without /realms/...) */
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

declare global {
  interface Window {
    __PAS_CONFIG__?: Partial<Record<keyof PasConfig, unknown>>;
  }
}

export const defaultConfig: Readonly<PasConfig> = Object.freeze({
  apiUrl: 'http://localhost:8080/api/v1',
  keycloakUrl: 'http://localhost:8180',
  realm: 'pas',
  clientId: 'pas-spa',
});

function pick(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export function readConfig(
  source: Window['__PAS_CONFIG__'] = globalThis.window?.__PAS_CONFIG__,
): PasConfig {
  return {
    apiUrl: withoutTrailingSlash(pick(source?.apiUrl, defaultConfig.apiUrl)),
    keycloakUrl: withoutTrailingSlash(pick(source?.keycloakUrl, defaultConfig.keycloakUrl)),
    realm: pick(source?.realm, defaultConfig.realm),
    clientId: pick(source?.clientId, defaultConfig.clientId),
  };
}

/** The API serves Swagger UI at /q/swagger-ui on the same origin as the API itself. */
export function swaggerUiUrl(apiUrl: string): string {
  return new URL('/q/swagger-ui', new URL(apiUrl, globalThis.location?.href)).href;
}

export const config: PasConfig = readConfig();
