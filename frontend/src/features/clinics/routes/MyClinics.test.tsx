import { screen, within } from '@testing-library/react';
import type { components } from '../../../api/schema';
import { ids, me } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer } from '../../../testing/server';

const clinic: components['schemas']['Clinic'] = {
  id: ids.clinic,
  name: 'Harbour Health Clinic',
  address: { line1: '2 Harbour Road', city: 'Vancouver', province: 'BC', postalCode: 'V6B 1A1' },
  communityId: ids.vancouver,
  communityName: 'Vancouver',
  phone: '604-555-0101',
  status: 'INACTIVE',
  hours: [],
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
};

describe('my clinics', () => {
  it('lists the clinics the caller directs, from GET /me', async () => {
    signedInAs('Dr. Priya Patel', ['medical-director']);
    answer('get', '/me', me({ roles: ['medical-director'], directedClinicIds: [ids.clinic] }));
    answer('get', '/clinics/{clinicId}', clinic);
    await renderPage(async () => (await import('./MyClinics')).MyClinics, { route: '/clinics/mine', url: '/clinics/mine' });

    const list = await screen.findByRole('list', { name: 'Clinics you direct' });
    expect(await within(list).findByRole('link', { name: 'Harbour Health Clinic' })).toHaveAttribute('href', `/clinics/${ids.clinic}`);
    expect(within(list).getByText('2 Harbour Road, Vancouver · Vancouver · Inactive')).toBeInTheDocument();
  });
});
