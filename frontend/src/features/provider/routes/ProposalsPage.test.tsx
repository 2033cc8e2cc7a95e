import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, me, pageOf, proposal, provider, waitlistEntry } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, recordRequests, sent } from '../../../testing/server';

const proposed = waitlistEntry({ status: 'PROPOSED', proposal: proposal({ note: 'Lives near the clinic.' }) });

beforeEach(() => {
  signedInAs('Dr. Jordan Lee', ['provider']);
  answer('get', '/me', me({ roles: ['provider'], providerId: ids.provider }));
});

describe('proposals', () => {
  it('lists the proposals to this provider and declines one with a coded reason', async () => {
    let declined = false;
    answer('get', '/waitlist-entries', () => Response.json(pageOf(declined ? [] : [proposed])));
    answer('post', '/waitlist-entries/{entryId}/decline', () => {
      declined = true;
      return Response.json({ entries: [waitlistEntry()] });
    });
    const requests = recordRequests();
    await renderPage(async () => (await import('./ProposalsPage')).ProposalsPage, {
      route: '/providers/:providerId/proposals',
      url: `/providers/${ids.provider}/proposals`,
    });
    const user = userEvent.setup();

    const card = (await screen.findByRole('heading', { name: 'Pat Nguyen' })).closest('li')!;
    expect(within(card).getByText('Note: Lives near the clinic.')).toBeInTheDocument();
    const query = new URL(sent(requests, 'GET', '/waitlist-entries')[0].url).searchParams;
    expect(query.get('status')).toBe('PROPOSED');
    expect(query.get('providerId')).toBe(ids.provider);

    await user.click(within(card).getByRole('button', { name: 'Decline…' }));
    await user.selectOptions(within(card).getByLabelText('Reason'), 'PATIENT_DECLINED');
    await user.click(within(card).getByRole('button', { name: 'Decline' }));

    expect(await screen.findByText('Declined Pat Nguyen; they keep their place on the waitlist.')).toBeInTheDocument();
    expect(await screen.findByText('No proposals are waiting for your answer.')).toBeInTheDocument();
    expect(await sent(requests, 'POST', `/waitlist-entries/${ids.entry}/decline`)[0].json()).toEqual({ reason: 'PATIENT_DECLINED' });
  });
});

describe('the community waitlist', () => {
  it('filters by the communities of the provider’s clinics and attaches a waiting person', async () => {
    answer('get', '/providers/{providerId}', provider());
    answer('get', '/waitlist-entries', pageOf([waitlistEntry()]));
    answer('post', '/waitlist-entries/{entryId}/attach', { entries: [waitlistEntry({ status: 'ATTACHED' })] });
    const requests = recordRequests();
    await renderPage(async () => (await import('./ProviderWaitlistPage')).ProviderWaitlistPage, {
      route: '/providers/:providerId/waitlist',
      url: `/providers/${ids.provider}/waitlist`,
    });

    expect(await screen.findByRole('cell', { name: /Nguyen, Pat/ })).toBeInTheDocument();
    expect(new URL(sent(requests, 'GET', '/waitlist-entries')[0].url).searchParams.get('communityId')).toBe(ids.vancouver);
    await userEvent.click(screen.getByRole('button', { name: 'Attach Pat Nguyen' }));

    expect(await screen.findByText('Attached Pat Nguyen to the panel.')).toBeInTheDocument();
    expect(await sent(requests, 'POST', `/waitlist-entries/${ids.entry}/attach`)[0].json()).toEqual({ providerId: ids.provider, includeHousehold: false });
  });
});
