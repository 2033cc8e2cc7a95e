import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { me } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

type Summary = components['schemas']['AuditSummaryPage'];

const summary: Summary = {
  items: [
    { day: '2026-12-01', actorSubject: 'dr.lee', outcome: 'DENIED', events: 12 },
    { day: '2026-12-01', actorSubject: 'moa.chan', outcome: 'SUSPICIOUS', events: 1 },
  ],
  from: '2026-11-01',
  to: '2026-12-01',
  page: 0,
  size: 50,
  totalItems: 2,
  totalPages: 1,
};

async function open() {
  signedInAs('Ada Admin', ['admin']);
  answer('get', '/me', me({ roles: ['admin'] }));
  await renderPage(async () => (await import('./AuditReviewPage')).AuditReviewPage, { route: '/admin/audit/review', url: '/admin/audit/review' });
}

describe('audit review', () => {
  it('counts refusals per day and user, and links each count to its events', async () => {
    answer('get', '/audit-events/summary', summary);
    const requests = recordRequests();
    await open();

    const table = await screen.findByRole('table', { name: /Events per day and user/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Day', 'User (subject)', 'Outcome', 'Events']);
    const row = within(table).getByRole('cell', { name: 'dr.lee' }).closest('tr')!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Dec 1, 2026');
    const link = within(row).getByRole('link', { name: '12 denied events of dr.lee on Dec 1, 2026' });
    // The events of that user, outcome and day of the province (Pacific standard time in December).
    const target = new URL(link.getAttribute('href')!, 'http://localhost');
    expect(target.pathname).toBe('/admin/audit');
    expect(Object.fromEntries(target.searchParams)).toEqual({
      actorSubject: 'dr.lee',
      outcome: 'DENIED',
      from: '2026-12-01T00:00:00-08:00',
      to: '2026-12-02T00:00:00-08:00',
    });

    await userEvent.setup().selectOptions(screen.getByLabelText('Outcome'), 'SUSPICIOUS');
    await vi.waitFor(() => expect(new URL(sent(requests, 'GET', '/audit-events/summary').at(-1)!.url).searchParams.get('outcome')).toBe('SUSPICIOUS'));
    const query = new URL(sent(requests, 'GET', '/audit-events/summary').at(-1)!.url).searchParams;
    expect(query.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(query.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(query.get('size')).toBe('50');
  });

  it('shows the problem next to the field it names', async () => {
    answer('get', '/audit-events/summary', () => problem(400, "'from' must be on or before 'to'.", [{ field: 'from', message: "must be on or before 'to', at most 366 days before it" }]));
    await open();
    expect(await screen.findByText("'from' must be on or before 'to'.")).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription("must be on or before 'to', at most 366 days before it");
  });
});
