import { screen, within } from '@testing-library/react';
import { ids, me, patient } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer } from '../../../testing/server';

const renderHome = () => renderPage(async () => (await import('./PatientHome')).PatientHome, { route: '/patient', url: '/patient' });

beforeEach(() => signedInAs('Pat Nguyen', ['patient']));

describe('my registrations', () => {
  it('lists each person of GET /me with their waitlist status', async () => {
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    answer('get', '/patients/{patientId}', patient({ waitlistStatus: 'PROPOSED' }));
    await renderHome();

    const list = await screen.findByRole('list', { name: 'People you registered' });
    expect(await within(list).findByRole('link', { name: 'Pat Nguyen' })).toHaveAttribute('href', `/patient/${ids.patient}`);
    expect(within(list).getByText('Proposed to a provider')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Register yourself or a family member' })).toHaveAttribute('href', '/patient/register');
  });

  it('says when nobody is registered yet', async () => {
    answer('get', '/me', me({ roles: ['patient'] }));
    await renderHome();
    expect(await screen.findByText('You have not registered anyone yet.')).toBeInTheDocument();
  });
});
