import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { ME, json, problem, renderApp, resetKeycloak, signedInAs, stubApi } from '../../test/harness';

vi.mock('keycloak-js', async () => {
  const { keycloakMock } = await import('../../test/harness');
  return {
    default: vi.fn(function Keycloak() {
      return keycloakMock;
    }),
  };
});

const TOKEN = 'A'.repeat(43);

const endorsement = (status: string, allowedActions: string[]) => ({
  id: 'e-1',
  status,
  initiatorRole: 'ENDORSER',
  endorser: { name: 'Dr. Priya Patel', email: 'dr.patel@pas.example', providerId: 'p-1' },
  endorsee: { name: 'Morgan Chan', email: 'moa.chan@pas.example' },
  message: 'Please keep my panel up to date.',
  createdAt: '2026-11-20T10:00:00Z',
  callerRole: 'ENDORSEE',
  allowedActions,
});

beforeEach(() => {
  resetKeycloak();
  sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('the emailed endorsement link', () => {
  it('posts the token from the fragment once, hides it from the address bar, and offers the allowed actions', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    const requests = stubApi({
      'GET /me': () => json({ ...ME, roles: ['delegate'] }),
      'POST /endorsements/tokens/open': () => json(endorsement('RECEIVED', ['APPROVE', 'DECLINE'])),
      'POST /endorsements/e-1/approve': () => json(endorsement('APPROVED', [])),
    });

    await renderApp(`/endorsements/open#token=${TOKEN}`);

    expect(await screen.findByText('Opened, waiting for approval')).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    const opens = requests.filter((r) => r.url.endsWith('/endorsements/tokens/open'));
    expect(opens).toHaveLength(1);
    expect(await opens[0].json()).toEqual({ token: TOKEN });
    expect(screen.getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText(/Approve: done/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('keeps the token across sign-in and shows why a used link fails', async () => {
    await renderApp(`/endorsements/open#token=${TOKEN}`);
    expect(await screen.findByText(/Sign in as the person the email was sent to/)).toBeInTheDocument();
    expect(sessionStorage.getItem('pas-endorsement-token')).toBe(TOKEN);

    // back from Keycloak, signed in, without the fragment
    signedInAs('Morgan Chan', ['delegate']);
    stubApi({
      'GET /me': () => json({ ...ME, roles: ['delegate'] }),
      'POST /endorsements/tokens/open': () => problem(409, 'This link was used already.'),
    });
    await renderApp('/endorsements/open');
    expect(await screen.findByText('This link was used already.')).toBeInTheDocument();
    expect(sessionStorage.getItem('pas-endorsement-token')).toBeNull();
  });
});
