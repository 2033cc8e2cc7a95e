import { screen, within } from '@testing-library/react';
import { skipReasonValues } from '../../../api/schema';
import type { Schemas } from '../../../lib/api';
import { ids, me } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { bodyRows } from '../../../testing/table';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const report: Schemas['FairnessReport'] = {
  from: '2026-09-01',
  to: '2026-11-30',
  groupBy: 'PROVIDER',
  generatedAt: '2026-12-01T10:00:00Z',
  skips: skipReasonValues.map((reason) => ({ reason, count: 0 })),
  items: [
    {
      providerId: ids.provider,
      providerName: 'Dr. Jordan Lee',
      communityId: ids.vancouver,
      communityName: 'Vancouver',
      proposals: 4,
      attachments: 2,
      declines: 2,
      expiredProposals: 0,
      declinesByReason: { panelFull: 0, outsideScope: 0, patientDeclined: 2, couldNotContact: 0, other: 0 },
      byComplexity: [
        { complexity: 'LOW', proposals: 2, attachments: 2, declines: 0, declineRatePercent: 0 },
        { complexity: 'HIGH', proposals: 2, attachments: 0, declines: 2, declineRatePercent: 100 },
      ],
      highVersusLowDeclineRatio: null,
    },
  ],
  page: 0,
  size: 20,
  totalItems: 1,
  totalPages: 1,
};

beforeEach(() => {
  signedInAs('Casey Coordinator', ['coordinator']);
  answer('get', '/me', me({ roles: ['coordinator'] }));
});

describe('the fairness report', () => {
  it('shows a row per provider with the decline rates by complexity', async () => {
    answer('get', '/reports/fairness', report);
    const requests = recordRequests();
    await renderPage(async () => (await import('./FairnessPage')).FairnessPage, { route: '/coordinator/fairness', url: '/coordinator/fairness' });

    const row = (await screen.findByRole('rowheader', { name: 'Dr. Jordan Lee' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['4', '2', '2', '0', '0 % / 0 % / 100 %', '—']);
    expect(new URL(sent(requests, 'GET', '/reports/fairness')[0].url).searchParams.get('groupBy')).toBe('PROVIDER');
  });

  it('counts the better-ranked patients passed over by reason, every reason shown', async () => {
    // The contract lists every reason, zeros included; here in another order than the enum's.
    const skips: Schemas['FairnessReport']['skips'] = [
      { reason: 'PREFERENCE', count: 0 },
      { reason: 'LANGUAGE', count: 2 },
      { reason: 'HOUSEHOLD_TOO_LARGE', count: 0 },
      { reason: 'COMPLEXITY_SHARE_FULL', count: 5 },
    ];
    answer('get', '/reports/fairness', { ...report, skips });
    await renderPage(async () => (await import('./FairnessPage')).FairnessPage, { route: '/coordinator/fairness', url: '/coordinator/fairness' });

    const table = await screen.findByRole('table', { name: 'Better-ranked patients passed over, by reason' });
    expect(bodyRows(table)).toEqual([
      ['The share for their complexity is full', '5'],
      ['Needs an interpreter in a language the provider does not speak', '2'],
      ['Their household is larger than the room left', '0'],
      ['The patient’s preference (for example the provider’s gender)', '0'],
    ]);
  });

  it('shows why the API refused the dates', async () => {
    answer('get', '/reports/fairness', () => problem(400, 'The request has invalid fields: from.', [{ field: 'from', message: 'must be before to' }]));
    await renderPage(async () => (await import('./FairnessPage')).FairnessPage, { route: '/coordinator/fairness', url: '/coordinator/fairness' });

    expect(await screen.findByText('The request has invalid fields: from.')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription('must be before to');
  });
});
