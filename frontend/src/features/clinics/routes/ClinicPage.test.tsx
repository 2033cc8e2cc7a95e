import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { clinic, ids, me, pageOf, provider, vancouver } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent, withEtag } from '../../../testing/server';

type Hours = components['schemas']['OpeningHours'];
type Clinic = components['schemas']['Clinic'];

const practice = clinic({ medicalDirector: { subject: 's-1', name: 'Dr. Priya Patel', email: 'dr.patel@pas.example' } });

// Not in the week's order: the screen sorts them, Monday first.
const hours: Hours[] = [
  { dayOfWeek: 'FRIDAY', opens: '09:00', closes: '17:00' },
  { dayOfWeek: 'MONDAY', opens: '08:00', closes: '16:00' },
];

const staffMember: components['schemas']['ClinicStaffMember'] = {
  id: 'st-1',
  kind: 'DELEGATE',
  name: 'Morgan Chan',
  email: 'moa.chan@pas.example',
  addedAt: '2026-11-01T10:00:00Z',
};

beforeEach(() => {
  signedInAs('Dr. Priya Patel', ['medical-director']);
  answer('get', '/me', me({ roles: ['medical-director'], directedClinicIds: [ids.clinic] }));
  answer('get', '/clinics/{clinicId}', () => withEtag(practice, '"c1"'));
  answer('get', '/clinics/{clinicId}/hours', () => withEtag({ hours }, '"h1"'));
  answer('get', '/clinics/{clinicId}/staff', pageOf([staffMember], 100));
  answer('get', '/communities', pageOf([vancouver], 100));
});

const renderClinic = () => renderPage(async () => (await import('./ClinicPage')).ClinicPage, { route: '/clinics/:clinicId', url: `/clinics/${ids.clinic}` });

describe('a clinic', () => {
  it('shows its hours Monday first, its staff, and saves the hours with If-Match', async () => {
    answer('put', '/clinics/{clinicId}/hours', () => withEtag({ hours }, '"h2"'));
    const requests = recordRequests();
    await renderClinic();
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'False Creek Family Practice' })).toBeInTheDocument();
    expect(screen.getByText(/Medical director: Dr. Priya Patel/)).toBeInTheDocument();
    const days = await screen.findAllByLabelText('Day', { exact: true });
    expect(days.map((d) => (d as HTMLSelectElement).value)).toEqual(['MONDAY', 'FRIDAY']);
    expect(await screen.findByRole('cell', { name: 'Morgan Chan' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add opening hours' }));
    const added = screen.getAllByRole('group', { name: /Opening \d/ }).at(-1)!;
    await user.selectOptions(within(added).getByLabelText('Day', { exact: true }), 'SATURDAY');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));

    expect(await screen.findByText('Hours saved.')).toBeInTheDocument();
    const [put] = sent(requests, 'PUT', `/clinics/${ids.clinic}/hours`);
    expect(put.headers.get('If-Match')).toBe('"h1"');
    expect(await put.json()).toEqual({ hours: [hours[1], hours[0], { dayOfWeek: 'SATURDAY', opens: '09:00', closes: '17:00' }] });
  });

  it('shows the API’s message next to the opening it refused', async () => {
    answer('put', '/clinics/{clinicId}/hours', () =>
      problem(400, 'The request has invalid fields: hours[0].closes.', [{ field: 'hours[0].closes', message: 'must be after opens (08:00)' }]),
    );
    await renderClinic();
    await userEvent.click(await screen.findByRole('button', { name: 'Save hours' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The request has invalid fields: hours[0].closes.');
    expect(screen.getAllByLabelText('Closes')[0]).toHaveAccessibleDescription('must be after opens (08:00)');
  });

  it('adds a staff member', async () => {
    answer('post', '/clinics/{clinicId}/staff', { ...staffMember, id: 'st-2', name: 'Alex Kim', email: 'alex@pas.example' });
    const requests = recordRequests();
    await renderClinic();
    const form = await screen.findByRole('form', { name: 'Add a staff member' });
    const user = userEvent.setup();

    await user.type(within(form).getByLabelText('Name'), 'Alex Kim');
    await user.type(within(form).getByLabelText('Email'), 'alex@pas.example');
    await user.click(within(form).getByRole('button', { name: 'Add staff member' }));

    await vi.waitFor(() => expect(within(form).getByLabelText('Name')).toHaveValue(''));
    expect(await sent(requests, 'POST', `/clinics/${ids.clinic}/staff`)[0].json()).toEqual({ kind: 'DELEGATE', name: 'Alex Kim', email: 'alex@pas.example' });
  });

});

describe('the clinic’s verification', () => {
  const verified: Clinic = { ...practice, verifiedAt: '2026-03-02T18:00:00Z', verifiedByName: 'Dr. Jordan Lee', verificationStale: false };
  const stale: Clinic = { ...practice, verifiedAt: '2025-06-01T18:00:00Z', verifiedByName: 'Dr. Jordan Lee', verificationStale: true };
  const lee = provider({ subject: 's-lee' });
  const patel = provider({ id: 'p-patel', name: 'Dr. Priya Patel', subject: 's-1', clinics: [] });

  const editControls = () => [
    screen.queryByRole('button', { name: 'Save hours' }),
    screen.queryByRole('button', { name: 'Save details' }),
    screen.queryByRole('form', { name: 'Add a staff member' }),
  ];

  it('lets the medical director confirm it, and shows the new confirmation', async () => {
    let current = verified;
    answer('get', '/clinics/{clinicId}', () => withEtag(current, '"c1"'));
    answer('post', '/clinics/{clinicId}/verification', () => {
      current = { ...verified, verifiedAt: '2026-12-05T18:00:00Z', verifiedByName: 'Dr. Priya Patel' };
      return withEtag(current, '"c2"');
    });
    const requests = recordRequests();
    await renderClinic();

    const section = await screen.findByRole('region', { name: 'Information check' });
    expect(within(section).getByText(/Last confirmed correct on Mar 2, 2026 by Dr\. Jordan Lee\./)).toBeInTheDocument();
    await userEvent.click(await within(section).findByRole('button', { name: 'Confirm this clinic’s information is correct' }));

    expect(await within(section).findByText('Thank you: the clinic’s information is confirmed.')).toBeInTheDocument();
    expect(await within(section).findByText(/Last confirmed correct on Dec 5, 2026 by Dr\. Priya Patel\./)).toBeInTheDocument();
    expect(sent(requests, 'POST', `/clinics/${ids.clinic}/verification`)).toHaveLength(1);
  });

  it('shows why a confirmation was refused', async () => {
    answer('post', '/clinics/{clinicId}/verification', () => problem(403, 'Only the clinic’s providers, its medical director and their delegates confirm it.'));
    await renderClinic();
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm this clinic’s information is correct' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the clinic’s providers, its medical director and their delegates confirm it.');
  });

  it('lets a provider on the staff confirm it, without the edit controls', async () => {
    signedInAs('Dr. Jordan Lee', ['provider']);
    answer('get', '/me', me({ roles: ['provider'], providerId: ids.provider }));
    answer('get', '/providers/{providerId}', lee);
    answer('get', '/clinics/{clinicId}', () => withEtag(stale, '"c1"'));
    await renderClinic();

    expect(await screen.findByRole('button', { name: 'Confirm this clinic’s information is correct' })).toBeInTheDocument();
    expect(screen.getByText(/not been confirmed in the last 12 months/)).toBeInTheDocument();
    expect(await screen.findByText('Monday 08:00–16:00')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Morgan Chan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Morgan Chan' })).not.toBeInTheDocument();
    expect(editControls()).toEqual([null, null, null]);
    // The stale badge is for coordinators and admins.
    expect(screen.queryByText('Verification stale')).not.toBeInTheDocument();
  });

  it('lets a delegate endorsed by the medical director edit the clinic and confirm it', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'], actingFor: [{ providerId: 'p-patel', providerName: 'Dr. Priya Patel', endorsementId: 'e-1' }] }));
    answer('get', '/providers/{providerId}', patel);
    await renderClinic();

    expect(await screen.findByRole('button', { name: 'Save details' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Save hours' })).toBeInTheDocument();
    expect(await screen.findByRole('form', { name: 'Add a staff member' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm this clinic’s information is correct' })).toBeInTheDocument();
  });

  it('lets a delegate of a provider on the staff confirm it, not edit it', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'], actingFor: [{ providerId: ids.provider, providerName: 'Dr. Jordan Lee', endorsementId: 'e-2' }] }));
    answer('get', '/providers/{providerId}', lee);
    await renderClinic();

    expect(await screen.findByRole('button', { name: 'Confirm this clinic’s information is correct' })).toBeInTheDocument();
    expect(await screen.findByText('Monday 08:00–16:00')).toBeInTheDocument();
    expect(editControls()).toEqual([null, null, null]);
  });

  it('shows a delegate of a provider on the staff the staff list they are asked to check, read-only', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'], actingFor: [{ providerId: ids.provider, providerName: 'Dr. Jordan Lee', endorsementId: 'e-2' }] }));
    answer('get', '/providers/{providerId}', lee);
    await renderClinic();

    expect(await screen.findByText(/Check the details, hours and staff below/)).toBeInTheDocument();
    const staff = await screen.findByRole('region', { name: 'Staff' });
    expect(await within(staff).findByRole('cell', { name: 'Morgan Chan' })).toBeInTheDocument();
    expect(within(staff).queryByRole('button', { name: 'Remove Morgan Chan' })).not.toBeInTheDocument();
    expect(editControls()).toEqual([null, null, null]);
  });

  it('offers nothing to a delegate of a provider elsewhere', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'], actingFor: [{ providerId: ids.provider, providerName: 'Dr. Jordan Lee', endorsementId: 'e-2' }] }));
    answer('get', '/providers/{providerId}', provider({ subject: 's-lee', clinics: [] }));
    const requests = recordRequests();
    await renderClinic();

    expect(await screen.findByText('Monday 08:00–16:00')).toBeInTheDocument();
    await vi.waitFor(() => expect(sent(requests, 'GET', `/providers/${ids.provider}`)).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Confirm this clinic’s information is correct' })).not.toBeInTheDocument();
    expect(editControls()).toEqual([null, null, null]);
    expect(screen.queryByRole('region', { name: 'Staff' })).not.toBeInTheDocument();
  });

  it('shows a coordinator that it is stale, without confirming or editing', async () => {
    signedInAs('Casey Coordinator', ['coordinator']);
    answer('get', '/me', me({ roles: ['coordinator'] }));
    answer('get', '/clinics/{clinicId}', () => withEtag({ ...practice, verifiedAt: null, verifiedByName: null, verificationStale: true } satisfies Clinic, '"c1"'));
    await renderClinic();

    const section = await screen.findByRole('region', { name: 'Information check' });
    expect(within(section).getByText(/No one has confirmed this clinic’s information yet\./)).toBeInTheDocument();
    expect(within(section).getByText('Verification stale')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm this clinic’s information is correct' })).not.toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Morgan Chan' })).toBeInTheDocument();
    expect(editControls()).toEqual([null, null, null]);
  });
});
