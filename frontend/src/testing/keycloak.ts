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
 * The one stand-in for `keycloak-js` (mocked for every test in setup.ts): each test decides whether the
 * silent SSO check finds a session. Kept on globalThis so that it survives vi.resetModules() (the app's
 * modules are loaded afresh for every render, because lib/auth.ts initialises Keycloak once per load).
 */
const holder = globalThis as typeof globalThis & { __keycloakMock?: ReturnType<typeof createKeycloakMock> };
export const keycloakMock = (holder.__keycloakMock ??= createKeycloakMock());

export function resetKeycloak() {
  keycloakMock.init.mockReset().mockResolvedValue(false);
  keycloakMock.login.mockReset().mockResolvedValue(undefined);
  keycloakMock.register.mockReset().mockResolvedValue(undefined);
  keycloakMock.logout.mockReset().mockResolvedValue(undefined);
  keycloakMock.updateToken.mockReset().mockResolvedValue(false);
  keycloakMock.tokenParsed = undefined;
  keycloakMock.token = undefined;
}

/**
 * The silent SSO check finds a session of `name` with these realm roles, and these more claims (what a brokered
 * identity provider asserts: `idp`, `phn`, `msp_number`, ...).
 */
export function signedInAs(name: string, roles: string[], claims: Record<string, unknown> = {}) {
  keycloakMock.init.mockResolvedValue(true);
  keycloakMock.token = 'token-123';
  keycloakMock.tokenParsed = { name, preferred_username: name, realm_access: { roles: ['default-roles-pas', ...roles] }, ...claims };
}
