import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { me } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const TOKEN = 'A'.repeat(43);

const endorsement = (
  status: components['schemas']['EndorsementStatus'],
  allowedActions: components['schemas']['EndorsementAction'][],
): components['schemas']['Endorsement'] => ({
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

const renderOpen = (url: string) => renderPage(async () => (await import('./OpenEndorsementPage')).OpenEndorsementPage, { route: '/endorsements/open', url });

describe('the emailed endorsement link', () => {
  it('posts the token from the fragment once, hides it from the address bar, and offers the allowed actions', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'] }));
    answer('post', '/endorsements/tokens/open', endorsement('RECEIVED', ['APPROVE', 'DECLINE']));
    answer('post', '/endorsements/{endorsementId}/approve', endorsement('APPROVED', []));
    answer('get', '/endorsements', { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
    const requests = recordRequests();

    await renderOpen(`/endorsements/open#token=${TOKEN}`);

    expect(await screen.findByText('Opened, waiting for approval')).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    const opens = sent(requests, 'POST', '/endorsements/tokens/open');
    expect(opens).toHaveLength(1);
    expect(await opens[0].json()).toEqual({ token: TOKEN });
    expect(screen.getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText(/Approve: done/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(sent(requests, 'POST', '/endorsements/e-1/approve')).toHaveLength(1);
  });

  it('keeps the token across sign-in and shows why a used link fails', async () => {
    await renderOpen(`/endorsements/open#token=${TOKEN}`);
    expect(await screen.findByText(/Sign in as the person the email was sent to/)).toBeInTheDocument();
    expect(sessionStorage.getItem('pas-endorsement-token')).toBe(TOKEN);

    // back from Keycloak, signed in, without the fragment
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'] }));
    answer('post', '/endorsements/tokens/open', () => problem(409, 'This link was used already.'));
    await renderOpen('/endorsements/open');
    expect(await screen.findByText('This link was used already.')).toBeInTheDocument();
    expect(sessionStorage.getItem('pas-endorsement-token')).toBeNull();
  });
});
