import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { clinic, me, pageOf } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const fresh = clinic({ verifiedAt: '2026-11-20T18:00:00Z', verifiedByName: 'Dr. Jordan Lee', verificationStale: false });
const old = clinic({ id: 'c-old', name: 'Old Town Clinic', verifiedAt: null, verifiedByName: null, verificationStale: true });

const renderList = (url = '/clinics') => renderPage(async () => (await import('./ClinicList')).ClinicList, { route: '/clinics', url });

beforeEach(() => {
  signedInAs('Casey Coordinator', ['coordinator']);
  answer('get', '/me', me({ roles: ['coordinator'] }));
  // Only the stale ones when asked.
  answer('get', '/clinics', (request) =>
    HttpResponse.json(pageOf(new URL(request.url).searchParams.get('verificationStale') === 'true' ? [old] : [fresh, old])),
  );
});

describe('the clinic list', () => {
  it('shows when each clinic was last confirmed, marks the stale ones, and filters them', async () => {
    const requests = recordRequests();
    await renderList();

    const table = await screen.findByRole('table', { name: 'Clinics' });
    const row = (name: string) => within(table).getByRole('link', { name }).closest('tr')!;
    expect(within(row('False Creek Family Practice')).getByText(/Nov 20, 2026/)).toBeInTheDocument();
    expect(within(row('False Creek Family Practice')).queryByText('Verification stale')).not.toBeInTheDocument();
    expect(within(row('Old Town Clinic')).getByText('Verification stale')).toBeInTheDocument();
    expect(within(row('Old Town Clinic')).getByText(/Never/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Only clinics whose information is stale' }));

    await vi.waitFor(() => expect(within(screen.getByRole('table', { name: 'Clinics' })).queryByRole('link', { name: 'False Creek Family Practice' })).toBeNull());
    const last = sent(requests, 'GET', '/clinics').at(-1)!;
    expect(new URL(last.url).searchParams.get('verificationStale')).toBe('true');
    expect(new URL(sent(requests, 'GET', '/clinics')[0].url).searchParams.has('verificationStale')).toBe(false);
  });

  it('opens with only the stale clinics from ?stale=true, and searches by name', async () => {
    const requests = recordRequests();
    await renderList('/clinics?stale=true');

    expect(await screen.findByRole('link', { name: 'Old Town Clinic' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Only clinics whose information is stale' })).toBeChecked();
    await userEvent.type(screen.getByLabelText('Search clinics by name'), 'old');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    await vi.waitFor(() => expect(new URL(sent(requests, 'GET', '/clinics').at(-1)!.url).searchParams.get('q')).toBe('old'));
    expect(new URL(sent(requests, 'GET', '/clinics').at(-1)!.url).searchParams.get('verificationStale')).toBe('true');
  });

  it('shows the API’s refusal', async () => {
    answer('get', '/clinics', () => problem(503, 'The clinic registry is unavailable. Try again in a minute.'));
    await renderList('/clinics?stale=true');
    expect(await screen.findByRole('alert')).toHaveTextContent('The clinic registry is unavailable. Try again in a minute.');
  });
});
