import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { me } from '../testing/fixtures';
import { keycloakMock, signedInAs } from '../testing/keycloak';
import { renderWhole } from '../testing/render';
import { answer, problem, recordRequests } from '../testing/server';

const renderApp = (url: string) => renderWhole(async () => (await import('./App')).default, url);

describe('signed out', () => {
  it('explains the service and offers sign-in and registration through Keycloak', async () => {
    await renderApp('/');

    expect(screen.getByRole('heading', { level: 1, name: 'Find a family doctor or nurse practitioner' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Health Connect Registry/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Swagger UI/ })).toHaveAttribute('href', 'http://localhost:8080/q/swagger-ui');
    const main = screen.getByRole('main');
    const signIn = within(main).getByRole('button', { name: 'Sign in' });
    await vi.waitFor(() => expect(signIn).toBeEnabled());
    expect(keycloakMock.init).toHaveBeenCalledTimes(1);
    expect(keycloakMock.init).toHaveBeenCalledWith(expect.objectContaining({ onLoad: 'check-sso', pkceMethod: 'S256', checkLoginIframe: false }));

    await userEvent.click(signIn);
    expect(keycloakMock.login).toHaveBeenCalledTimes(1);
    await userEvent.click(within(main).getByRole('button', { name: 'Create an account' }));
    expect(keycloakMock.register).toHaveBeenCalledTimes(1);
  });

  it('asks to sign in on a protected page', async () => {
    await renderApp('/patient');
    expect(await screen.findByRole('heading', { level: 1, name: 'Please sign in' })).toBeInTheDocument();
  });
});

describe('signed in', () => {
  it('shows navigation for the roles of the token, with the provider id from GET /me', async () => {
    signedInAs('Dr. Priya Patel', ['provider', 'medical-director']);
    answer('get', '/me', me({ roles: ['provider', 'medical-director'], providerId: 'p-1', directedClinicIds: ['c-1'] }));
    const requests = recordRequests();

    await renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'My practice' })).toHaveAttribute('href', '/providers/p-1');
    expect(within(nav).getByRole('link', { name: 'My profile' })).toHaveAttribute('href', '/providers/p-1/profile');
    expect(within(nav).getByRole('link', { name: 'My clinics' })).toHaveAttribute('href', '/clinics/mine');
    expect(within(nav).getByRole('link', { name: 'Endorsements' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'My registrations' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Audit events' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Patients' })).not.toBeInTheDocument();
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-123');
    expect(keycloakMock.updateToken).toHaveBeenCalledWith(30);
  });

  it('links a coordinator to the patient search, the community capacity and the clinic verification list, and not to a provider’s screens', async () => {
    signedInAs('Casey Coordinator', ['coordinator']);
    answer('get', '/me', me({ roles: ['coordinator'] }));

    await renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Patients' })).toHaveAttribute('href', '/coordinator/patients');
    expect(within(nav).getByRole('link', { name: 'Community capacity' })).toHaveAttribute('href', '/coordinator/capacity');
    expect(within(nav).getByRole('link', { name: 'Clinic verification' })).toHaveAttribute('href', '/clinics');
    expect(within(nav).queryByRole('link', { name: 'My practice' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'My profile' })).not.toBeInTheDocument();
  });

  it('tells a user without the role that the page is not for them', async () => {
    signedInAs('Pat Jones', ['patient']);
    answer('get', '/me', me({ roles: ['patient'] }));
    await renderApp('/admin/audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available to you' })).toBeInTheDocument();
  });

  it('shows the problem detail when the API refuses', async () => {
    signedInAs('Pat Jones', ['patient']);
    answer('get', '/me', () => problem(403, 'You may not see this profile.'));
    await renderApp('/patient');
    expect(await screen.findByText('You may not see this profile.')).toBeInTheDocument();
  });

  it('asks a staff member whose sign-in the API refuses (no second factor: 401) to sign in again', async () => {
    signedInAs('Dr. Jordan Lee', ['provider']);
    const detail = 'A second factor is required for your role: sign in again with your authenticator app (TOTP).';
    answer('get', '/me', () => problem(401, detail));
    await renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(detail)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(keycloakMock.login).toHaveBeenCalledWith(expect.objectContaining({ prompt: 'login' }));
  });

  it('loads a feature route lazily and says when there is no page', async () => {
    signedInAs('Pat Jones', ['patient']);
    answer('get', '/me', me({ roles: ['patient'] }));
    await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
