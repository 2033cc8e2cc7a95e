import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Schemas } from '../../../lib/api';
import { ids, me, pageOf, pausedEntry, preferences, proposal, suggestion, waitlistEntry } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { bodyRows } from '../../../testing/table';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const other = '22222222-2222-4222-8222-000000000002';

const transitions: Schemas['WaitlistTransition'][] = [
  { id: 't-1', entryId: ids.entry, toStatus: 'WAITING', cause: 'REGISTRATION', at: '2026-11-01T10:00:00Z', actor: { subject: 's-1', name: 'Pat Nguyen' } },
  {
    id: 't-2',
    entryId: ids.entry,
    fromStatus: 'WAITING',
    toStatus: 'PROPOSED',
    cause: 'PROPOSAL',
    at: '2026-11-10T10:00:00Z',
    actor: { subject: 's-3', name: 'Casey Coordinator' },
    providerId: ids.provider,
    providerName: 'Dr. Jordan Lee',
  },
  {
    id: 't-3',
    entryId: ids.entry,
    fromStatus: 'PROPOSED',
    toStatus: 'WAITING',
    cause: 'DECLINE',
    at: '2026-11-12T10:00:00Z',
    actor: { subject: 's-2', name: 'Dr. Jordan Lee' },
    providerId: ids.provider,
    providerName: 'Dr. Jordan Lee',
    declineReason: 'COULD_NOT_CONTACT',
    note: 'No answer twice.',
  },
];

beforeEach(() => {
  signedInAs('Casey Coordinator', ['coordinator']);
  answer('get', '/me', me({ roles: ['coordinator'] }));
  answer('get', '/waitlist-entries/{entryId}/transitions', pageOf(transitions, 100));
});

const renderEntry = () =>
  renderPage(async () => (await import('./EntryPage')).EntryPage, { route: '/coordinator/entries/:entryId', url: `/coordinator/entries/${ids.entry}` });

describe('a waitlist entry, for its coordinator', () => {
  it('suggests the providers with room, best fit first with the reasons, and proposes in one click', async () => {
    answer('get', '/waitlist-entries/{entryId}', waitlistEntry({ preferences: preferences({ providerGender: 'FEMALE', contactPreference: 'PHONE' }), contactFailures: 1 }));
    answer('get', '/waitlist-entries/{entryId}/provider-suggestions', {
      items: [
        suggestion({ fit: 70, reasons: ['SPEAKS_LANGUAGE', 'GENDER_PREFERENCE_MET'] }),
        suggestion({ providerId: other, providerName: 'Dr. Sam Roe', clinicName: 'Harbour Health Clinic', availableThisMonth: 9, panelRoom: 300, fit: 10, reasons: ['MOST_ROOM'] }),
      ],
    });
    answer('post', '/waitlist-entries/{entryId}/propose', { entries: [waitlistEntry({ status: 'PROPOSED', proposal: proposal() })] });
    const requests = recordRequests();
    await renderEntry();
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Pat Nguyen' })).toBeInTheDocument();
    expect(screen.getByText('Provider gender').nextElementSibling).toHaveTextContent('A female provider');
    expect(screen.getByText('Contact by').nextElementSibling).toHaveTextContent('Phone');
    expect(screen.getByText('Could not be contacted').nextElementSibling).toHaveTextContent('1 time since the last confirmation');

    const table = await screen.findByRole('table', { name: 'Providers with room, best fit first' });
    expect(bodyRows(table)).toEqual([
      ['Dr. Jordan Lee', 'False Creek Family Practice', '4', '120', 'Speaks the patient’s languageMeets the patient’s provider gender preference', 'Propose'],
      ['Dr. Sam Roe', 'Harbour Health Clinic', '9', '300', 'Has the most room', 'Propose'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Propose Pat Nguyen to Dr. Sam Roe' }));

    expect(await screen.findByText('Proposed Pat Nguyen to Dr. Sam Roe.')).toBeInTheDocument();
    expect(await sent(requests, 'POST', `/waitlist-entries/${ids.entry}/propose`)[0].json()).toEqual({ providerId: other, includeHousehold: false });
  });

  it('shows the transitions, oldest first, with who, why and the provider', async () => {
    answer('get', '/waitlist-entries/{entryId}', waitlistEntry());
    answer('get', '/waitlist-entries/{entryId}/provider-suggestions', { items: [] });
    await renderEntry();

    const table = await screen.findByRole('table', { name: 'State changes, oldest first' });
    expect(bodyRows(table).map((cells) => cells.slice(1))).toEqual([
      ['—', 'Waiting', 'Registration', 'Pat Nguyen', '—', '—'],
      ['Waiting', 'Proposed to a provider', 'Proposal', 'Casey Coordinator', 'Dr. Jordan Lee', '—'],
      ['Proposed to a provider', 'Waiting', 'Decline', 'Dr. Jordan Lee', 'Dr. Jordan Lee', 'Could not contact · No answer twice.'],
    ]);
    expect(screen.getByText('No provider in this community has room now.')).toBeInTheDocument();
  });

  it('resumes a paused entry, and asks for no suggestions while it is paused', async () => {
    answer('get', '/waitlist-entries/{entryId}', pausedEntry());
    answer('post', '/waitlist-entries/{entryId}/contact-confirmation', waitlistEntry());
    const requests = recordRequests();
    await renderEntry();

    expect(await screen.findByRole('heading', { name: 'Paused' })).toBeInTheDocument();
    expect(screen.getByText('Only a waiting person can be proposed.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Contact confirmed: resume Pat Nguyen' }));

    expect(await screen.findByText('Pat Nguyen is waiting again, in the same place.')).toBeInTheDocument();
    expect(sent(requests, 'POST', `/waitlist-entries/${ids.entry}/contact-confirmation`)).toHaveLength(1);
    expect(sent(requests, 'GET', '/provider-suggestions')).toHaveLength(0);
  });

  it('shows the problem when the suggestions cannot be loaded', async () => {
    answer('get', '/waitlist-entries/{entryId}', waitlistEntry());
    answer('get', '/waitlist-entries/{entryId}/provider-suggestions', () => problem(403, 'You do not coordinate this community.'));
    await renderEntry();

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not coordinate this community.');
  });
});
