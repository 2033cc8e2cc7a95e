import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { ids, me, pageOf } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const member: components['schemas']['PanelMember'] = {
  patientId: ids.patient,
  phn: '9698658215',
  familyName: 'Nguyen',
  givenNames: 'Pat',
  dateOfBirth: '1985-04-30',
  gender: 'UNDISCLOSED',
  since: '2026-11-20',
  source: 'PAS_ATTACHMENT',
  addedAt: '2026-11-20T10:00:00Z',
};

const renderPanel = () =>
  renderPage(async () => (await import('./PanelPage')).PanelPage, { route: '/providers/:providerId/panel', url: `/providers/${ids.provider}/panel` });

beforeEach(() => {
  signedInAs('Dr. Jordan Lee', ['provider']);
  answer('get', '/me', me({ roles: ['provider'], providerId: ids.provider }));
});

describe('the panel', () => {
  it('lists the members, and searches by name or PHN', async () => {
    answer('get', '/providers/{providerId}/panel', ({ url }) =>
      Response.json(pageOf(new URL(url).searchParams.get('q') === 'nobody' ? [] : [member])),
    );
    const requests = recordRequests();
    await renderPanel();

    const table = await screen.findByRole('table', { name: 'Patients on the panel' });
    expect(within(table).getByRole('cell', { name: 'Nguyen, Pat' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'PAS attachment' })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search by name or PHN'), 'nobody');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No patient on the panel matches “nobody”.')).toBeInTheDocument();
    expect(new URL(sent(requests, 'GET', '/panel').at(-1)!.url).searchParams.get('q')).toBe('nobody');
  });

  it('removes a member with a reason, back to the waitlist', async () => {
    answer('get', '/providers/{providerId}/panel', pageOf([member]));
    answer('delete', '/providers/{providerId}/panel/members/{patientId}', () => new Response(null, { status: 204 }));
    const requests = recordRequests();
    await renderPanel();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Remove Pat Nguyen' }));
    const form = screen.getByRole('form', { name: 'Remove Pat Nguyen' });
    await user.selectOptions(within(form).getByLabelText('Reason'), 'PATIENT_MOVED');
    await user.click(within(form).getByLabelText('Put the patient back on the waitlist'));
    await user.click(within(form).getByRole('button', { name: 'Remove from panel' }));

    expect(await screen.findByText('Removed Pat Nguyen from the panel.')).toBeInTheDocument();
    const [removal] = sent(requests, 'DELETE', `/providers/${ids.provider}/panel/members/${ids.patient}`);
    expect(Object.fromEntries(new URL(removal.url).searchParams)).toEqual({ reason: 'PATIENT_MOVED', returnToWaitlist: 'true' });
  });

  it('adds a patient by hand and shows a refusal', async () => {
    answer('get', '/providers/{providerId}/panel', pageOf([]));
    answer('post', '/providers/{providerId}/panel', () => problem(409, 'This patient is on the panel of another provider.'));
    const requests = recordRequests();
    await renderPanel();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('PHN'), '9698658215');
    await user.type(screen.getByLabelText('Given names'), 'Sam');
    await user.type(screen.getByLabelText('Family name'), 'Jones');
    await user.type(screen.getByLabelText('Date of birth'), '1990-05-15');
    await user.click(screen.getByRole('button', { name: 'Add to panel' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This patient is on the panel of another provider.');
    const [post] = sent(requests, 'POST', `/providers/${ids.provider}/panel`);
    expect(await post.json()).toEqual({ phn: '9698658215', givenNames: 'Sam', familyName: 'Jones', dateOfBirth: '1990-05-15', gender: 'UNDISCLOSED' });
  });
});
