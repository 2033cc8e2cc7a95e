import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { clinic, ids, me, pageOf, vancouver } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent, withEtag } from '../../../testing/server';

type Hours = components['schemas']['OpeningHours'];

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
