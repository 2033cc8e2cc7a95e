import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, me, pageOf, pausedEntry, proposal, provider, vancouver, waitlistEntry } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

beforeEach(() => {
  signedInAs('Casey Coordinator', ['coordinator']);
  answer('get', '/me', me({ roles: ['coordinator'] }));
});

const renderWaitlist = () =>
  renderPage(async () => (await import('./CoordinatorWaitlist')).CoordinatorWaitlist, { route: '/coordinator/waitlist', url: '/coordinator/waitlist' });

describe('the coordinator’s waitlist', () => {
  it('shows the waiting people of the coordinator’s communities, filtered as chosen', async () => {
    answer('get', '/me/communities', pageOf([vancouver], 100));
    answer('get', '/waitlist-entries', pageOf([waitlistEntry({ matchWithHousehold: true, householdWaiting: 2 })]));
    const requests = recordRequests();
    await renderWaitlist();

    const row = (await screen.findByRole('cell', { name: /Nguyen, Pat/ })).closest('tr')!;
    expect(within(row).getByRole('cell', { name: 'Yes (2 waiting)' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: '42 (3 points)' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Complexity'), 'HIGH');
    await vi.waitFor(() => expect(new URL(sent(requests, 'GET', '/waitlist-entries').at(-1)!.url).searchParams.get('complexity')).toBe('HIGH'));
    const query = new URL(sent(requests, 'GET', '/waitlist-entries').at(-1)!.url).searchParams;
    expect(query.get('status')).toBe('WAITING');
    expect(query.has('communityId')).toBe(false);
  });

  it('proposes a person to a provider accepting patients in their community', async () => {
    answer('get', '/me/communities', pageOf([vancouver], 100));
    answer('get', '/waitlist-entries', pageOf([waitlistEntry()]));
    answer('get', '/providers', pageOf([provider()], 100));
    answer('post', '/waitlist-entries/{entryId}/propose', {
      entries: [waitlistEntry({ status: 'PROPOSED', proposal: proposal() })],
    });
    const requests = recordRequests();
    await renderWaitlist();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Propose Pat Nguyen' }));
    const form = screen.getByRole('form', { name: 'Propose Pat Nguyen to a provider' });
    await within(form).findByRole('option', { name: 'Dr. Jordan Lee (Family physician)' });
    await user.selectOptions(within(form).getByLabelText('Provider with capacity'), ids.provider);
    await user.type(within(form).getByLabelText('Note for the provider (optional)'), 'Lives near the clinic.');
    await user.click(within(form).getByRole('button', { name: 'Propose' }));

    expect(await screen.findByText('Proposed the patient to Dr. Jordan Lee.')).toBeInTheDocument();
    const providersQuery = new URL(sent(requests, 'GET', '/providers')[0].url).searchParams;
    expect(providersQuery.get('communityId')).toBe(ids.vancouver);
    expect(providersQuery.get('accepting')).toBe('true');
    expect(await sent(requests, 'POST', `/waitlist-entries/${ids.entry}/propose`)[0].json()).toEqual({
      providerId: ids.provider,
      includeHousehold: false,
      deadlineDays: 14,
      note: 'Lives near the clinic.',
    });
  });

  it('finds the paused people and resumes one whose contact the coordinator confirmed', async () => {
    answer('get', '/me/communities', pageOf([vancouver], 100));
    let resumed = false;
    answer('get', '/waitlist-entries', () => Response.json(pageOf(resumed ? [] : [pausedEntry()])));
    answer('post', '/waitlist-entries/{entryId}/contact-confirmation', () => {
      resumed = true;
      return Response.json(waitlistEntry());
    });
    const requests = recordRequests();
    await renderWaitlist();
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Status'), 'PAUSED');
    await vi.waitFor(() => expect(new URL(sent(requests, 'GET', '/waitlist-entries').at(-1)!.url).searchParams.get('status')).toBe('PAUSED'));
    const row = (await screen.findByRole('cell', { name: /^Paused\s*could not be contacted 3 times$/ })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Details of Pat Nguyen' })).toHaveAttribute('href', `/coordinator/entries/${ids.entry}`);
    expect(within(row).queryByRole('button', { name: 'Propose Pat Nguyen' })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Contact confirmed: resume Pat Nguyen' }));

    expect(await screen.findByText('Pat Nguyen is waiting again, in the same place.')).toBeInTheDocument();
    expect(sent(requests, 'POST', `/waitlist-entries/${ids.entry}/contact-confirmation`)).toHaveLength(1);
  });

  it('shows why the API did not resume a paused person', async () => {
    answer('get', '/me/communities', pageOf([vancouver], 100));
    answer('get', '/waitlist-entries', pageOf([pausedEntry()]));
    answer('post', '/waitlist-entries/{entryId}/contact-confirmation', () => problem(409, 'The entry is not paused.'));
    await renderWaitlist();

    await userEvent.click(await screen.findByRole('button', { name: 'Contact confirmed: resume Pat Nguyen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The entry is not paused.');
  });
});
