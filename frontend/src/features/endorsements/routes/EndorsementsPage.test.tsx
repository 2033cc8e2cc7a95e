import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { me, pageOf } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const active: components['schemas']['Endorsement'] = {
  id: 'e-2',
  status: 'COMPLETED',
  initiatorRole: 'ENDORSER',
  endorser: { name: 'Dr. Priya Patel', email: 'dr.patel@pas.example', providerId: 'p-1' },
  endorsee: { name: 'Morgan Chan', email: 'moa.chan@pas.example' },
  createdAt: '2026-11-20T10:00:00Z',
  callerRole: 'ENDORSER',
  allowedActions: ['END'],
};

const renderEndorsements = () => renderPage(async () => (await import('./EndorsementsPage')).EndorsementsPage, { route: '/endorsements', url: '/endorsements' });

beforeEach(() => {
  signedInAs('Dr. Priya Patel', ['provider']);
  answer('get', '/me', me({ roles: ['provider'], providerId: 'p-1' }));
});

describe('endorsements', () => {
  it('lists the caller’s endorsements with the actions the API allows, by status', async () => {
    answer('get', '/endorsements', ({ url }) => Response.json(pageOf(new URL(url).searchParams.get('status') === 'EXPIRED' ? [] : [active])));
    const requests = recordRequests();
    await renderEndorsements();

    const card = (await screen.findByRole('heading', { name: /Dr. Priya Patel .* endorses Morgan Chan/ })).closest('li')!;
    expect(within(card).getByText('Active')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'End the endorsement' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'EXPIRED');
    expect(await screen.findByText('No endorsements with this status.')).toBeInTheDocument();
    expect(new URL(sent(requests, 'GET', '/endorsements').at(-1)!.url).searchParams.get('status')).toBe('EXPIRED');
  });

  it('lets a provider endorse a staff member by email, and shows a refusal', async () => {
    answer('get', '/endorsements', pageOf([]));
    answer('post', '/endorsements', () => problem(422, 'There is already an open endorsement between you.'));
    const requests = recordRequests();
    await renderEndorsements();
    const form = await screen.findByRole('form', { name: 'Endorse a staff member' });
    const user = userEvent.setup();

    await user.type(within(form).getByLabelText("Staff member's email"), 'moa.chan@pas.example');
    await user.type(within(form).getByLabelText('Message (optional, included in the email)'), 'Please keep my panel up to date.');
    await user.click(within(form).getByRole('button', { name: 'Send the link' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('There is already an open endorsement between you.');
    const [post] = sent(requests, 'POST', '/endorsements');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ initiatorRole: 'ENDORSER', recipientEmail: 'moa.chan@pas.example', message: 'Please keep my panel up to date.' });
  });
});
