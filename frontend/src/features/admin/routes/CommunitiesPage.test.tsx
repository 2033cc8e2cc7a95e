import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { me, pageOf, vancouver } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

beforeEach(() => {
  signedInAs('Ada Admin', ['admin']);
  answer('get', '/me', me({ roles: ['admin'] }));
  answer('get', '/communities', pageOf([vancouver]));
});

const renderCommunities = () => renderPage(async () => (await import('./CommunitiesPage')).CommunitiesPage, { route: '/admin/communities', url: '/admin/communities' });

describe('communities', () => {
  it('lists the communities and searches them by name', async () => {
    const requests = recordRequests();
    await renderCommunities();
    const row = (await screen.findByRole('cell', { name: 'Vancouver' })).closest('tr')!;
    expect(within(row).getByRole('cell', { name: 'Vancouver Coastal Health' })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search communities'), ' Van ');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await vi.waitFor(() => expect(new URL(sent(requests, 'GET', '/communities').at(-1)!.url).searchParams.get('q')).toBe('Van'));
  });

  it('adds a community, and shows the API’s refusal of a duplicate', async () => {
    let calls = 0;
    answer('post', '/communities', () =>
      ++calls === 1 ? problem(409, 'A community with this name exists already.') : Response.json({ id: 'c-2', name: 'Squamish', healthAuthority: 'VANCOUVER_COASTAL' }, { status: 201 }),
    );
    const requests = recordRequests();
    await renderCommunities();
    const form = await screen.findByRole('form', { name: 'Add a community' });
    const user = userEvent.setup();

    await user.type(within(form).getByLabelText('Name'), 'Squamish');
    await user.selectOptions(within(form).getByLabelText('Health authority'), 'VANCOUVER_COASTAL');
    await user.click(within(form).getByRole('button', { name: 'Add community' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('A community with this name exists already.');
    expect(within(form).getByLabelText('Name')).toHaveValue('Squamish');

    await user.click(within(form).getByRole('button', { name: 'Add community' }));
    expect(await within(form).findByText('Added Squamish.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveValue('');
    expect(await sent(requests, 'POST', '/communities')[0].json()).toEqual({ name: 'Squamish', healthAuthority: 'VANCOUVER_COASTAL' });
  });
});
