import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clinic, identityClaim, ids, me, pageOf, provider } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const renderLink = () => renderPage(async () => (await import('./LinkAccountPage')).LinkAccountPage, { route: '/account/link', url: '/account/link' });

beforeEach(() => {
  signedInAs('Jordan Lee', ['provider'], { idp: 'bcprovider', msp_number: 'A1235' });
  answer('get', '/me', me({ roles: ['provider'], linkNeeded: true }));
  answer('get', '/me/claims', pageOf([]));
  answer('get', '/providers', pageOf([provider()]));
});

describe('linking my account', () => {
  it('claims the provider record found by name, and lists the claim', async () => {
    let claimed = false;
    answer('post', '/me/claims', () => {
      claimed = true;
      return Response.json(identityClaim(), { status: 201 });
    });
    answer('get', '/me/claims', () => Response.json(pageOf(claimed ? [identityClaim()] : [])));
    const requests = recordRequests();
    await renderLink();
    const form = await screen.findByRole('form', { name: 'Claim your provider record' });
    expect(await screen.findByText('You have made no claim.')).toBeInTheDocument();
    const user = userEvent.setup();

    await user.type(within(form).getByLabelText('Search providers by name'), 'Lee');
    await within(form).findByRole('option', { name: 'Dr. Jordan Lee (MSP A1234)' });
    await user.selectOptions(within(form).getByLabelText('Your provider record'), ids.provider);
    expect(within(form).queryByLabelText('MSP practitioner number')).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText('Why this record is yours'), 'My licence number changed.');
    await user.click(within(form).getByRole('button', { name: 'Send claim' }));

    expect(await within(form).findByText(/Your claim was sent/)).toBeInTheDocument();
    expect(await sent(requests, 'POST', '/me/claims')[0].json()).toEqual({ providerId: ids.provider, reason: 'My licence number changed.' });
    const table = await screen.findByRole('table', { name: 'My claims' });
    expect(within(table).getByRole('cell', { name: 'Provider record Dr. Jordan Lee (MSP A1234)' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Pending' })).toBeInTheDocument();
  });

  it('claims by MSP number and shows the API’s refusal next to the field', async () => {
    answer('post', '/me/claims', () =>
      problem(422, 'No provider has the MSP practitioner number ZZZZ9.', [{ field: 'mspPractitionerNumber', message: 'no provider has this number' }]),
    );
    const requests = recordRequests();
    await renderLink();
    const form = await screen.findByRole('form', { name: 'Claim your provider record' });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('MSP practitioner number'), 'zzzz9');
    await user.type(within(form).getByLabelText('Why this record is yours'), 'Mine.');
    await user.click(within(form).getByRole('button', { name: 'Send claim' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('No provider has the MSP practitioner number ZZZZ9.');
    expect(within(form).getByLabelText('MSP practitioner number')).toHaveAccessibleDescription(expect.stringContaining('no provider has this number'));
    expect(await sent(requests, 'POST', '/me/claims')[0].json()).toEqual({ mspPractitionerNumber: 'ZZZZ9', reason: 'Mine.' });
  });

  it('lets a delegate claim their place at a clinic', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'], linkNeeded: true }));
    answer('get', '/clinics', pageOf([clinic()]));
    answer('post', '/me/claims', () =>
      Response.json(identityClaim({ kind: 'CLINIC_STAFF', providerId: undefined, clinicId: ids.clinic, clinicName: 'False Creek Family Practice' }), { status: 201 }),
    );
    const requests = recordRequests();
    await renderLink();
    const form = await screen.findByRole('form', { name: 'Claim your place on a clinic’s staff' });
    expect(screen.queryByRole('form', { name: 'Claim your provider record' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('Search clinics by name'), 'False');
    await within(form).findByRole('option', { name: 'False Creek Family Practice (Vancouver)' });
    await user.selectOptions(within(form).getByLabelText('Your clinic'), ids.clinic);
    await user.type(within(form).getByLabelText('Why this record is yours'), 'Front desk.');
    await user.click(within(form).getByRole('button', { name: 'Send claim' }));
    await vi.waitFor(async () => expect(await sent(requests, 'POST', '/me/claims')[0].json()).toEqual({ clinicId: ids.clinic, reason: 'Front desk.' }));
  });

  it('says so when the account is linked already, and offers no claim', async () => {
    answer('get', '/me', me({ roles: ['provider'], providerId: ids.provider, linkNeeded: false }));
    await renderLink();
    expect(await screen.findByText('Your account is linked to your PAS record.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
