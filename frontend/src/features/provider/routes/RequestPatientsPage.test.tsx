import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, me, pageOf, patientRequest, patientSummary, preferences, proposedEntry, waitlistEntry } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { bodyRows } from '../../../testing/table';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const first = '44444444-4444-4444-8444-000000000001';
const second = '44444444-4444-4444-8444-000000000002';

/** Two proposals, answered out of order (the screen shows them by rank), and three better-ranked entries passed over. */
const answered = patientRequest({
  proposals: [
    {
      rank: 7,
      rule: 'COMPLEXITY_MIX',
      entry: proposedEntry(second, 'Robin', { complexity: 'HIGH' }),
    },
    {
      rank: 4,
      rule: 'LANGUAGE_MATCH',
      entry: proposedEntry(first, 'Ana', {
        patient: { ...proposedEntry(first, 'Ana').patient, preferredLanguage: 'pa' },
        preferences: preferences({ providerGender: 'FEMALE', interpreterNeeded: true, accessibilityNeeds: 'Wheelchair access', contactPreference: 'TEXT' }),
      }),
    },
  ],
  skipped: [
    { rank: 1, communityId: ids.vancouver, complexity: 'LOW', reason: 'COMPLEXITY_SHARE_FULL' },
    { rank: 2, communityId: ids.vancouver, complexity: 'LOW', reason: 'COMPLEXITY_SHARE_FULL' },
    { rank: 5, communityId: ids.vancouver, complexity: 'MODERATE', reason: 'HOUSEHOLD_TOO_LARGE' },
  ],
});

beforeEach(() => {
  signedInAs('Dr. Jordan Lee', ['provider']);
  answer('get', '/me', me({ roles: ['provider'], providerId: ids.provider }));
});

const renderRequest = () =>
  renderPage(async () => (await import('./RequestPatientsPage')).RequestPatientsPage, {
    route: '/providers/:providerId/request',
    url: `/providers/${ids.provider}/request`,
  });

describe('request patients', () => {
  it('asks for 10 by default and shows the room, the proposals by rank with their rule and preferences, and the skips by reason', async () => {
    answer('get', '/providers/{providerId}/patient-requests', pageOf([], 10));
    answer('post', '/providers/{providerId}/patient-requests', () => Response.json(answered, { status: 201 }));
    const requests = recordRequests();
    await renderRequest();
    const user = userEvent.setup();

    expect(await screen.findByText('You have not requested patients yet.')).toBeInTheDocument();
    expect(screen.getByLabelText('How many patients (1 to 10)')).toHaveValue(10);
    await user.click(screen.getByRole('button', { name: 'Request patients' }));

    expect(await screen.findByRole('heading', { name: 'Your room' })).toBeInTheDocument();
    expect(await sent(requests, 'POST', `/providers/${ids.provider}/patient-requests`)[0].json()).toEqual({ count: 10 });
    const room = screen.getByRole('heading', { name: 'Your room' }).closest('section')!;
    expect(within(room).getByText('Places left this month').nextElementSibling).toHaveTextContent('5');
    expect(within(room).getByText('Room under your desired panel size').nextElementSibling).toHaveTextContent('40');
    expect(within(room).getByText('Proposals waiting for your answer').nextElementSibling).toHaveTextContent('3');
    expect(within(room).getByText('Granted').nextElementSibling).toHaveTextContent('2 of the 10 you asked for');

    const cards = within(screen.getByRole('list', { name: 'Proposals of this request' })).getAllByRole('listitem');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Rank 4: Ana Nguyen', 'Rank 7: Robin Nguyen']);
    expect(within(cards[0]).getByText('Why: Needs an interpreter and you speak their language')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Why: Keeps your stated mix of low, moderate and high complexity')).toBeInTheDocument();
    const ana = within(cards[0]);
    expect(ana.getByText('Provider gender').nextElementSibling).toHaveTextContent('A female provider');
    expect(ana.getByText('Interpreter').nextElementSibling).toHaveTextContent('Needed (Punjabi)');
    expect(ana.getByText('Accessibility needs').nextElementSibling).toHaveTextContent('Wheelchair access');
    expect(ana.getByText('Contact by').nextElementSibling).toHaveTextContent('Text message');

    expect(bodyRows(screen.getByRole('table', { name: 'Passed over, by reason' }))).toEqual([
      ['The share for their complexity is full', '2'],
      ['Their household is larger than the room left', '1'],
    ]);
  });

  it('attaches one proposal and declines another with a coded reason', async () => {
    answer('get', '/providers/{providerId}/patient-requests', pageOf([], 10));
    answer('post', '/providers/{providerId}/patient-requests', () => Response.json(answered, { status: 201 }));
    answer('post', '/waitlist-entries/{entryId}/attach', { entries: [waitlistEntry({ id: first, status: 'ATTACHED', patient: patientSummary({ givenNames: 'Ana' }) })] });
    answer('post', '/waitlist-entries/{entryId}/decline', { entries: [waitlistEntry({ id: second })] });
    const requests = recordRequests();
    await renderRequest();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Request patients' }));

    await user.click(await screen.findByRole('button', { name: 'Attach Ana Nguyen' }));
    expect(await screen.findByText('Attached Ana Nguyen to the panel.')).toBeInTheDocument();
    expect(await sent(requests, 'POST', `/waitlist-entries/${first}/attach`)[0].json()).toEqual({ providerId: ids.provider, includeHousehold: false });

    const robin = screen.getByRole('heading', { name: 'Rank 7: Robin Nguyen' }).closest('li')!;
    await user.click(within(robin).getByRole('button', { name: 'Decline…' }));
    await user.selectOptions(within(robin).getByLabelText('Reason'), 'COULD_NOT_CONTACT');
    await user.click(within(robin).getByRole('button', { name: 'Decline' }));
    expect(await within(robin).findByText('Declined Robin Nguyen; they keep their place on the waitlist.')).toBeInTheDocument();
    expect(await sent(requests, 'POST', `/waitlist-entries/${second}/decline`)[0].json()).toEqual({ reason: 'COULD_NOT_CONTACT' });
  });

  it('shows why the API proposed nobody (409) and lists the past requests', async () => {
    answer('get', '/providers/{providerId}/patient-requests', pageOf([patientRequest({ count: 3, proposals: answered.proposals, skipped: answered.skipped })], 10));
    answer('post', '/providers/{providerId}/patient-requests', () => problem(409, 'Your capacity is stale: confirm it before requesting patients.'));
    const requests = recordRequests();
    await renderRequest();
    const user = userEvent.setup();

    const past = await screen.findByRole('table', { name: 'Your requests, newest first' });
    expect(bodyRows(past)[0].slice(1)).toEqual(['Dr. Jordan Lee', '3', '2', '2', '3']);

    await user.clear(screen.getByLabelText('How many patients (1 to 10)'));
    await user.type(screen.getByLabelText('How many patients (1 to 10)'), '3');
    await user.click(screen.getByRole('button', { name: 'Request patients' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your capacity is stale: confirm it before requesting patients.');
    expect(await sent(requests, 'POST', `/providers/${ids.provider}/patient-requests`)[0].json()).toEqual({ count: 3 });
    expect(screen.queryByRole('heading', { name: 'Your room' })).not.toBeInTheDocument();
  });

  it('asks for 1 to 10 before sending anything', async () => {
    answer('get', '/providers/{providerId}/patient-requests', pageOf([], 10));
    const requests = recordRequests();
    await renderRequest();
    const user = userEvent.setup();
    const field = await screen.findByLabelText('How many patients (1 to 10)');

    await user.clear(field);
    await user.type(field, '11');
    await user.click(screen.getByRole('button', { name: 'Request patients' }));
    expect(field).toHaveAccessibleDescription('Choose a whole number from 1 to 10.');
    expect(sent(requests, 'POST', '/patient-requests')).toHaveLength(0);
  });
});
