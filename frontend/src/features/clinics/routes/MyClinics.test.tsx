import { screen, within } from '@testing-library/react';
import { clinic, ids, me } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer } from '../../../testing/server';

const harbour = clinic({
  name: 'Harbour Health Clinic',
  address: { line1: '2 Harbour Road', city: 'Vancouver', province: 'BC', postalCode: 'V6B 1A1' },
  status: 'INACTIVE',
});

describe('my clinics', () => {
  it('lists the clinics the caller directs, from GET /me', async () => {
    signedInAs('Dr. Priya Patel', ['medical-director']);
    answer('get', '/me', me({ roles: ['medical-director'], directedClinicIds: [ids.clinic] }));
    answer('get', '/clinics/{clinicId}', harbour);
    await renderPage(async () => (await import('./MyClinics')).MyClinics, { route: '/clinics/mine', url: '/clinics/mine' });

    const list = await screen.findByRole('list', { name: 'Clinics you direct' });
    expect(await within(list).findByRole('link', { name: 'Harbour Health Clinic' })).toHaveAttribute('href', `/clinics/${ids.clinic}`);
    expect(within(list).getByText('2 Harbour Road, Vancouver · Vancouver · Inactive')).toBeInTheDocument();
  });
});
