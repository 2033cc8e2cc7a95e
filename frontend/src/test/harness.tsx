import { render } from '@testing-library/react';
import { vi } from 'vitest';

function createKeycloakMock() {
  return {
    authenticated: false,
    tokenParsed: undefined as Record<string, unknown> | undefined,
    token: undefined as string | undefined,
    init: vi.fn(),
    login: vi.fn(),
    register: vi.fn(),
    logout: vi.fn(),
    updateToken: vi.fn(),
  };
}

/**
 * A stand-in for Keycloak: each test decides whether the silent SSO check finds a session. Kept on
 * globalThis so that it survives vi.resetModules() (the app is re-imported for every test).
 */
const holder = globalThis as typeof globalThis & { __keycloakMock?: ReturnType<typeof createKeycloakMock> };
export const keycloakMock = (holder.__keycloakMock ??= createKeycloakMock());

export function resetKeycloak() {
  keycloakMock.init.mockReset().mockResolvedValue(false);
  keycloakMock.login.mockReset().mockResolvedValue(undefined);
  keycloakMock.register.mockReset().mockResolvedValue(undefined);
  keycloakMock.updateToken.mockReset().mockResolvedValue(false);
  keycloakMock.tokenParsed = undefined;
  keycloakMock.token = undefined;
}

export function signedInAs(name: string, roles: string[]) {
  keycloakMock.init.mockResolvedValue(true);
  keycloakMock.token = 'token-123';
  keycloakMock.tokenParsed = { name, preferred_username: name, realm_access: { roles: ['default-roles-pas', ...roles] } };
}

export const json = (body: unknown, status = 200, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });

export const problem = (status: number, detail: string, errors: { field: string; message: string }[] = []) =>
  json({ type: 'about:blank', title: 'Problem', status, detail, errors }, status, 'application/problem+json');

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Stubs fetch with handlers keyed by "METHOD /path" (path below /api/v1, query ignored); records every
 * request. An unknown request fails the test loudly with a 599.
 */
export function stubApi(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    requests.push(request.clone());
    const path = new URL(request.url).pathname.replace(/^\/api\/v1/, '');
    const handler = handlers[`${request.method} ${path}`];
    return handler ? handler(request) : problem(599, `no stub for ${request.method} ${path}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}

/** Renders the whole app at `path`, with fresh modules (auth.ts initialises Keycloak once per load). */
export async function renderApp(path = '/') {
  window.history.pushState({}, '', path);
  vi.resetModules();
  const { default: App } = await import('../App');
  return render(<App />);
}

export const ME = {
  subject: 's-1',
  username: 'user',
  roles: [],
  directedClinicIds: [],
  actingFor: [],
  patientIds: [],
};
