import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';

// A stand-in for Keycloak: each test decides whether the silent SSO check finds a session.
const keycloakMock = vi.hoisted(() => ({
  authenticated: false,
  tokenParsed: undefined as Record<string, unknown> | undefined,
  token: undefined as string | undefined,
  init: vi.fn(),
  login: vi.fn(),
  logout: vi.fn(),
  updateToken: vi.fn(),
}));

vi.mock('keycloak-js', () => ({
  default: vi.fn(function Keycloak() {
    return keycloakMock;
  }),
}));

async function renderApp() {
  vi.resetModules(); // auth.ts initialises Keycloak once per module load
  const { default: App } = await import('./App');
  return render(<App />);
}

beforeEach(() => {
  keycloakMock.init.mockReset().mockResolvedValue(false);
  keycloakMock.login.mockReset().mockResolvedValue(undefined);
  keycloakMock.updateToken.mockReset().mockResolvedValue(false);
  keycloakMock.tokenParsed = undefined;
  keycloakMock.token = undefined;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App when signed out', () => {
  it('describes both streams and offers a sign-in button that starts the Keycloak login', async () => {
    await renderApp();

    expect(screen.getByRole('heading', { level: 1, name: 'Provincial Attachment System' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Health Connect Registry/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Panel Registry and Clinic and Provider Registry/ })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Swagger UI/ })).toHaveAttribute(
      'href',
      'http://localhost:8080/q/swagger-ui',
    );

    // once the SSO check is done, the sign-in button in the page is enabled
    const signInButtons = await screen.findAllByRole('button', { name: 'Sign in' });
    await vi.waitFor(() => expect(signInButtons.at(-1)).toBeEnabled());
    expect(keycloakMock.init).toHaveBeenCalledTimes(1);
    expect(keycloakMock.init).toHaveBeenCalledWith(
      expect.objectContaining({ onLoad: 'check-sso', pkceMethod: 'S256', checkLoginIframe: false }),
    );

    await userEvent.click(signInButtons.at(-1)!);
    expect(keycloakMock.login).toHaveBeenCalledTimes(1);
  });
});

describe('App when signed in', () => {
  beforeEach(() => {
    keycloakMock.init.mockResolvedValue(true);
    keycloakMock.token = 'token-123';
    keycloakMock.tokenParsed = {
      name: 'Dr. Priya Patel',
      preferred_username: 'dr.patel',
      realm_access: { roles: ['default-roles-pas', 'provider', 'medical-director'] },
    };
  });

  it('shows the name and PAS roles from the token and the API answer to GET /me', async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ name: 'Dr. Priya Patel (API)', roles: ['provider'] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);

    await renderApp();

    expect(await screen.findByText('Dr. Priya Patel')).toBeInTheDocument();
    expect(screen.getByText('provider, medical-director')).toBeInTheDocument();
    expect(await screen.findByText('Dr. Priya Patel (API)')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      'http://localhost:8080/api/v1/me',
      expect.objectContaining({
        headers: expect.objectContaining({ Authorization: 'Bearer token-123' }),
      }),
    );
  });

  it('shows the problem detail when GET /me fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        new Response(
          JSON.stringify({ title: 'Forbidden', status: 403, detail: 'You may not see this profile.' }),
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    await renderApp();

    expect(await screen.findByText('You may not see this profile.')).toBeInTheDocument();
  });
});
