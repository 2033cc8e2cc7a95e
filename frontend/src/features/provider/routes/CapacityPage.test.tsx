import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { ids, me, provider } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, recordRequests, sent, withEtag } from '../../../testing/server';

const capacity: components['schemas']['Capacity'] = {
  providerId: ids.provider,
  acceptingNewPatients: true,
  monthlyCapacity: 10,
  desiredPanelSize: 1200,
  complexityMix: { lowPercent: 40, moderatePercent: 40, highPercent: 20 },
  lastConfirmedAt: '2026-11-15T10:00:00Z',
  staleAfterDays: 30,
  stale: false,
  usedThisMonth: 4,
  remainingThisMonth: 6,
  currentPanelSize: 1000,
  offeredPatients: true,
};

const renderCapacity = () =>
  renderPage(async () => (await import('./CapacityPage')).CapacityPage, { route: '/providers/:providerId', url: `/providers/${ids.provider}` });

beforeEach(() => {
  signedInAs('Dr. Jordan Lee', ['provider']);
  answer('get', '/me', me({ roles: ['provider'], providerId: ids.provider }));
  answer('get', '/providers/{providerId}', provider());
  answer('get', '/providers/{providerId}/capacity', () => withEtag(capacity, '"3"'));
});

describe('capacity', () => {
  it('shows the capacity now and saves a change with If-Match', async () => {
    answer('put', '/providers/{providerId}/capacity', { ...capacity, monthlyCapacity: 20 });
    const requests = recordRequests();
    await renderCapacity();
    expect(await screen.findByText('4 attached of 10; 6 places left')).toBeInTheDocument();
    const user = userEvent.setup();

    const perMonth = screen.getByLabelText('New patients per month');
    await user.clear(perMonth);
    await user.type(perMonth, '20');
    await user.click(screen.getByRole('button', { name: 'Save capacity' }));

    expect(await screen.findByText('Capacity saved and confirmed.')).toBeInTheDocument();
    const [put] = sent(requests, 'PUT', `/providers/${ids.provider}/capacity`);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      acceptingNewPatients: true,
      monthlyCapacity: 20,
      desiredPanelSize: 1200,
      complexityMix: { lowPercent: 40, moderatePercent: 40, highPercent: 20 },
    });
  });

  it('does not send a complexity mix that does not add up to 100 %', async () => {
    const requests = recordRequests();
    await renderCapacity();
    const user = userEvent.setup();
    const high = await screen.findByLabelText('High');

    await user.clear(high);
    await user.type(high, '30');
    await user.click(screen.getByRole('button', { name: 'Save capacity' }));

    expect(screen.getByRole('alert')).toHaveTextContent('The three shares add up to 110 %; they must add up to 100 %.');
    expect(sent(requests, 'PUT', '/capacity')).toHaveLength(0);
  });
});
