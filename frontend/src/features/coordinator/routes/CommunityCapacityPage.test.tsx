import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { ids, me, pageOf, vancouver } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const surrey = { id: '11111111-1111-4111-8111-000000000002', name: 'Surrey', healthAuthority: 'FRASER' } satisfies components['schemas']['Community'];

const capacity = (c: typeof vancouver | typeof surrey): components['schemas']['CommunityCapacity'] => ({
  communityId: c.id,
  communityName: c.name,
  healthAuthority: c.healthAuthority,
  providersTotal: 12,
  providersAccepting: 5,
  providersStale: 2,
  spacesOfferedThisMonth: 60,
  spacesUsedThisMonth: 20,
  spacesRemainingThisMonth: 40,
  panelSizeMedian: 1100,
  panelSizeTotal: 13000,
  patientsWaiting: 250,
  asOf: '2026-12-03T17:00:00Z',
});

beforeEach(() => {
  signedInAs('Casey Coordinator', ['coordinator']);
  answer('get', '/me', me({ roles: ['coordinator'] }));
});

const renderCapacity = () =>
  renderPage(async () => (await import('./CommunityCapacityPage')).CommunityCapacityPage, { route: '/coordinator/capacity', url: '/coordinator/capacity' });

describe('the community capacity view', () => {
  it('shows the first of the coordinator’s communities, then the one chosen', async () => {
    answer('get', '/me/communities', pageOf([vancouver, surrey], 100));
    answer('get', '/communities/{communityId}/capacity', (request) =>
      Response.json(capacity(new URL(request.url).pathname.includes(surrey.id) ? surrey : vancouver)),
    );
    const requests = recordRequests();
    await renderCapacity();

    expect(await screen.findByRole('heading', { name: 'Vancouver (Vancouver Coastal Health)' })).toBeInTheDocument();
    expect(screen.getByText('Providers').nextElementSibling).toHaveTextContent('5 of 12 accepting new patients; 2 with capacity to confirm (stale)');
    expect(screen.getByText('Places this month').nextElementSibling).toHaveTextContent('60 offered, 20 used, 40 left');
    expect(screen.getByText('Patients waiting').nextElementSibling).toHaveTextContent('250');

    await userEvent.selectOptions(screen.getByLabelText('Community'), surrey.id);
    expect(await screen.findByRole('heading', { name: 'Surrey (Fraser Health)' })).toBeInTheDocument();
    expect(sent(requests, 'GET', `/communities/${ids.vancouver}/capacity`)).toHaveLength(1);
  });

  it('shows the problem when the figures cannot be loaded', async () => {
    answer('get', '/me/communities', pageOf([vancouver], 100));
    answer('get', '/communities/{communityId}/capacity', () => problem(404, 'No community with this id.'));
    await renderCapacity();

    expect(await screen.findByRole('alert')).toHaveTextContent('No community with this id.');
  });

  it('shows the problem when the communities cannot be loaded, and asks for no figures', async () => {
    answer('get', '/me/communities', () => problem(403, 'Only coordinators and admins see community capacity.'));
    const requests = recordRequests();
    await renderCapacity();

    expect(await screen.findByRole('alert')).toHaveTextContent('Only coordinators and admins see community capacity.');
    expect(screen.queryByLabelText('Community')).not.toBeInTheDocument();
    expect(requests.filter((r) => r.url.includes('/capacity'))).toHaveLength(0);
  });

  it('says so when the coordinator looks after no community', async () => {
    answer('get', '/me/communities', pageOf([], 100));
    await renderCapacity();

    expect(await screen.findByText('You coordinate no communities.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Community')).not.toBeInTheDocument();
  });
});
