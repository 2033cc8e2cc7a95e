import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
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

  it('explains a paused registration in its row, and offers to confirm the contact details', async () => {
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    answer('get', '/patients/{patientId}', () => HttpResponse.json({ ...patient({ phone: '604-555-0199' }), waitlistStatus: 'PAUSED' }));
    await renderHome();

    const list = await screen.findByRole('list', { name: 'People you registered' });
    const notice = await within(list).findByRole('region', { name: 'Your registration is paused' });
    expect(within(list).getByText('Paused')).toBeInTheDocument();
    expect(within(notice).getByText('604-555-0199')).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'My contact details are correct' })).toBeInTheDocument();
    expect(within(notice).getByRole('link', { name: 'Change my contact details' })).toHaveAttribute('href', `/patient/${ids.patient}/edit`);
  });
});
