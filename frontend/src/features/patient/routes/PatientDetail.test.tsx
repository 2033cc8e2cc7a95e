import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { ids, me, pageOf, patient, waitlistEntry } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent, withEtag } from '../../../testing/server';

const estimate: components['schemas']['WaitEstimate'] = {
  patientId: ids.patient,
  entryId: ids.entry,
  communityId: ids.vancouver,
  communityName: 'Vancouver',
  status: 'WAITING',
  position: 3,
  waitingInCommunity: 10,
  attachmentsLast90Days: 6,
  attachmentsPerMonth: 2,
  bandLowMonths: 3,
  bandHighMonths: 6,
  bandLabel: 'about 3-6 months',
  method: 'Your place divided by the attachments of the last 90 days.',
  computedAt: '2026-12-01T10:00:00Z',
};

const registered: components['schemas']['WaitlistTransition'] = {
  id: 't-1',
  entryId: ids.entry,
  toStatus: 'WAITING',
  cause: 'REGISTRATION',
  at: '2026-11-01T10:00:00Z',
  actor: { subject: 's-1' },
};

const renderDetail = () =>
  renderPage(async () => (await import('./PatientDetail')).PatientDetail, { route: '/patient/:patientId', url: `/patient/${ids.patient}` });

beforeEach(() => {
  signedInAs('Pat Nguyen', ['patient']);
  answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
  answer('get', '/patients/{patientId}', () => withEtag(patient()));
  answer('get', '/patients/{patientId}/wait-estimate', estimate);
  answer('get', '/patients/{patientId}/history', pageOf([registered], 100));
});

describe('a registration', () => {
  it('shows the status, the wait estimate and the history from the API', async () => {
    await renderDetail();

    expect(await screen.findByRole('heading', { level: 1, name: 'Pat Nguyen' })).toBeInTheDocument();
    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).getByText('Waiting', { exact: true })).toBeInTheDocument();
    expect(within(status).getByText('Moderate complexity, 3 priority points')).toBeInTheDocument();
    expect(await screen.findByText('Your place in Vancouver')).toBeInTheDocument();
    expect(screen.getByText('3 of 10 waiting')).toBeInTheDocument();
    expect(screen.getByText('about 3–6 months')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/\(Registration\)/)).toHaveTextContent('Waiting (Registration)');
  });

  it('reconfirms the waitlist entry, and shows why it could not', async () => {
    let calls = 0;
    answer('post', '/waitlist-entries/{entryId}/reconfirm', () =>
      ++calls === 1 ? problem(409, 'The entry is not waiting.') : Response.json({ entries: [] }),
    );
    const requests = recordRequests();
    await renderDetail();
    const button = await screen.findByRole('button', { name: 'I still need a provider' });

    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('The entry is not waiting.');
    await userEvent.click(button);
    expect(await screen.findByText('Thank you: you are still on the waitlist.')).toBeInTheDocument();
    expect(sent(requests, 'POST', `/waitlist-entries/${ids.entry}/reconfirm`)).toHaveLength(2);
  });

  it('withdraws with the chosen reason', async () => {
    answer('post', '/waitlist-entries/{entryId}/withdraw', () => Response.json({ entries: [] }));
    const requests = recordRequests();
    await renderDetail();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Leave the waitlist…' }));
    await user.selectOptions(screen.getByLabelText('Why are you leaving?'), 'MOVED_AWAY');
    await user.click(screen.getByRole('button', { name: 'Withdraw from the waitlist' }));

    expect(await screen.findByText('You have left the waitlist.')).toBeInTheDocument();
    const [withdraw] = sent(requests, 'POST', `/waitlist-entries/${ids.entry}/withdraw`);
    expect(await withdraw.json()).toEqual({ reason: 'MOVED_AWAY' });
  });

  it('shows the preferences for care', async () => {
    answer('get', '/patients/{patientId}', () =>
      withEtag(
        patient({
          preferredLanguage: 'pa',
          preferences: { providerGender: 'FEMALE', interpreterNeeded: true, accessibilityNeeds: 'Wheelchair access', contactPreference: 'PHONE' },
        }),
      ),
    );
    await renderDetail();

    const status = await screen.findByRole('region', { name: 'Status' });
    const fact = (term: string) => within(status).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Provider gender')).toHaveTextContent('A female provider');
    expect(fact('Interpreter')).toHaveTextContent('Needed (Punjabi)');
    expect(fact('Accessibility needs')).toHaveTextContent('Wheelchair access');
    expect(fact('Contact by')).toHaveTextContent('Phone call');
  });

  describe('paused', () => {
    const paused = patient({
      phone: '604-555-0199',
      email: 'pat@example.com',
      waitlistStatus: 'PAUSED',
      preferences: { providerGender: 'NO_PREFERENCE', interpreterNeeded: false, accessibilityNeeds: null, contactPreference: 'TEXT' },
    });

    it('explains why, shows the contact details, and resumes in the same place once they are confirmed', async () => {
      let status: components['schemas']['WaitlistStatus'] = 'PAUSED';
      answer('get', '/patients/{patientId}', () => withEtag({ ...paused, waitlistStatus: status }));
      answer('post', '/waitlist-entries/{entryId}/contact-confirmation', () => {
        status = 'WAITING';
        return Response.json(waitlistEntry({ status: 'WAITING', contactFailures: 0, pausedAt: null }));
      });
      const requests = recordRequests();
      await renderDetail();

      const notice = await screen.findByRole('region', { name: 'Your registration is paused' });
      expect(within(notice).getByText(/tried to contact you 3 times/)).toBeInTheDocument();
      expect(within(notice).getByText(/keep your place and your registration date/)).toBeInTheDocument();
      expect(within(notice).getByText('604-555-0199')).toBeInTheDocument();
      expect(within(notice).getByText('pat@example.com')).toBeInTheDocument();
      expect(within(notice).getByText('Text message')).toBeInTheDocument();
      expect(within(notice).getByRole('link', { name: 'Change my contact details' })).toHaveAttribute('href', `/patient/${ids.patient}/edit`);
      expect(within(screen.getByRole('region', { name: 'Status' })).getByText('Paused')).toBeInTheDocument();
      expect(screen.queryByText('Your place in Vancouver')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'I still need a provider' })).not.toBeInTheDocument();

      await userEvent.click(within(notice).getByRole('button', { name: 'My contact details are correct' }));

      expect(await screen.findByText('Thank you. Your registration is waiting again, in the same place as before.')).toBeInTheDocument();
      expect(within(screen.getByRole('region', { name: 'Status' })).getByText('Waiting', { exact: true })).toBeInTheDocument();
      expect(await screen.findByText('3 of 10 waiting')).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Your registration is paused' })).not.toBeInTheDocument();
      expect(sent(requests, 'POST', `/waitlist-entries/${ids.entry}/contact-confirmation`)).toHaveLength(1);
    });

    it('may still leave the waitlist (withdraw accepts a paused entry), but not reconfirm it', async () => {
      answer('get', '/patients/{patientId}', () => withEtag(paused));
      answer('post', '/waitlist-entries/{entryId}/withdraw', () => Response.json(waitlistEntry({ status: 'WITHDRAWN' })));
      const requests = recordRequests();
      await renderDetail();
      const user = userEvent.setup();

      const actions = await screen.findByRole('region', { name: 'No longer need a provider?' });
      expect(within(actions).queryByRole('button', { name: 'I still need a provider' })).not.toBeInTheDocument();
      await user.click(within(actions).getByRole('button', { name: 'Leave the waitlist…' }));
      await user.selectOptions(screen.getByLabelText('Why are you leaving?'), 'FOUND_PROVIDER');
      await user.click(screen.getByRole('button', { name: 'Withdraw from the waitlist' }));

      expect(await screen.findByText('You have left the waitlist.')).toBeInTheDocument();
      expect(await sent(requests, 'POST', `/waitlist-entries/${ids.entry}/withdraw`)[0].json()).toEqual({ reason: 'FOUND_PROVIDER' });
    });

    it('keeps the confirmation pending until the registration is read anew, so it cannot be pressed twice', async () => {
      let status: components['schemas']['WaitlistStatus'] = 'PAUSED';
      let release = () => {};
      const reread = new Promise<void>((resolve) => (release = resolve));
      answer('get', '/patients/{patientId}', async () => {
        if (status === 'WAITING') await reread;
        return withEtag({ ...paused, waitlistStatus: status });
      });
      answer('post', '/waitlist-entries/{entryId}/contact-confirmation', () => {
        status = 'WAITING';
        return Response.json(waitlistEntry({ status: 'WAITING', contactFailures: 0, pausedAt: null }));
      });
      const requests = recordRequests();
      await renderDetail();
      const user = userEvent.setup();

      const button = await screen.findByRole('button', { name: 'My contact details are correct' });
      await user.click(button);
      await vi.waitFor(() => expect(sent(requests, 'GET', `/patients/${ids.patient}`).length).toBeGreaterThan(1));
      expect(button).toBeDisabled();
      await user.click(button);

      release();
      expect(await screen.findByText('Thank you. Your registration is waiting again, in the same place as before.')).toBeInTheDocument();
      expect(sent(requests, 'POST', `/waitlist-entries/${ids.entry}/contact-confirmation`)).toHaveLength(1);
    });

    it('shows why the confirmation was refused', async () => {
      answer('get', '/patients/{patientId}', () => withEtag(paused));
      answer('post', '/waitlist-entries/{entryId}/contact-confirmation', () => problem(409, 'The registration is not paused.'));
      await renderDetail();

      await userEvent.click(await screen.findByRole('button', { name: 'My contact details are correct' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('The registration is not paused.');
      expect(screen.getByRole('region', { name: 'Your registration is paused' })).toBeInTheDocument();
    });
  });
});
