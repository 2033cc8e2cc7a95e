import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { identityClaim, ids, me, pageOf } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, recordRequests, sent } from '../../../testing/server';

const renderClaims = () => renderPage(async () => (await import('./IdentityClaimsPage')).IdentityClaimsPage, { route: '/admin/identity-claims', url: '/admin/identity-claims' });

const staffClaim = identityClaim({
  id: '99999999-9999-4999-8999-999999999999',
  kind: 'CLINIC_STAFF',
  providerId: undefined,
  providerName: undefined,
  mspPractitionerNumber: undefined,
  clinicId: ids.clinic,
  clinicName: 'False Creek Family Practice',
  claimant: { subject: 's-10', name: 'Morgan Chan', identityProvider: 'bcprovider' },
});

beforeEach(() => {
  signedInAs('Ada Admin', ['admin']);
  answer('get', '/me', me({ roles: ['admin'] }));
  answer('get', '/identity-claims', pageOf([identityClaim(), staffClaim]));
  answer('get', '/clinics/{clinicId}/staff', pageOf([
    { id: 'st-1', kind: 'DELEGATE', name: 'Morgan Chan', email: 'moa.chan@pas.example', addedAt: '2026-11-01T10:00:00Z' },
    { id: 'st-2', kind: 'DELEGATE', name: 'Sam Linked', email: 'sam@pas.example', subject: 's-2', addedAt: '2026-11-01T10:00:00Z' },
  ]));
});

describe('identity claims', () => {
  it('lists the pending claims with what the identity provider asserted, and approves one', async () => {
    answer('post', '/identity-claims/{claimId}/approve', identityClaim({ status: 'APPROVED' }));
    const requests = recordRequests();
    await renderClaims();
    const row = (await screen.findByRole('cell', { name: 'Provider record Dr. Jordan Lee (MSP A1234)' })).closest('tr')!;
    expect(within(row).getByRole('cell', { name: /Jordan Lee <jordan.lee@pas.example> \(BC Provider ID, asserts MSP A1235\)/ })).toBeInTheDocument();
    expect(new URL(sent(requests, 'GET', '/identity-claims')[0].url).searchParams.get('status')).toBe('PENDING');

    await userEvent.click(within(row).getByRole('button', { name: 'Approve' }));
    await vi.waitFor(() => expect(sent(requests, 'POST', `/identity-claims/${identityClaim().id}/approve`)).toHaveLength(1));
    expect(await sent(requests, 'POST', `/identity-claims/${identityClaim().id}/approve`)[0].json()).toEqual({});
  });

  it('links a clinic staff claim to the staff record the admin picks among the unlinked delegates', async () => {
    answer('post', '/identity-claims/{claimId}/approve', { ...staffClaim, status: 'APPROVED', staffId: 'st-1' });
    const requests = recordRequests();
    await renderClaims();
    const row = (await screen.findByRole('cell', { name: 'Staff record at False Creek Family Practice' })).closest('tr')!;
    const choice = within(row).getByLabelText('Staff record to link');
    await within(row).findByRole('option', { name: 'Morgan Chan (moa.chan@pas.example)' });
    expect(within(row).queryByRole('option', { name: /Sam Linked/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(choice, 'st-1');
    await userEvent.click(within(row).getByRole('button', { name: 'Approve' }));
    await vi.waitFor(async () =>
      expect(await sent(requests, 'POST', `/identity-claims/${staffClaim.id}/approve`)[0].json()).toEqual({ staffId: 'st-1' }),
    );
  });

  it('rejects with the reason typed', async () => {
    answer('post', '/identity-claims/{claimId}/reject', identityClaim({ status: 'REJECTED', decisionReason: 'Not your number.' }));
    const requests = recordRequests();
    await renderClaims();
    const form = await screen.findByRole('form', { name: 'Reject the claim of Jordan Lee' });
    await userEvent.type(within(form).getByLabelText('Reason for rejecting'), 'Not your number.');
    await userEvent.click(within(form).getByRole('button', { name: 'Reject' }));
    await vi.waitFor(async () =>
      expect(await sent(requests, 'POST', `/identity-claims/${identityClaim().id}/reject`)[0].json()).toEqual({ reason: 'Not your number.' }),
    );
  });
});
