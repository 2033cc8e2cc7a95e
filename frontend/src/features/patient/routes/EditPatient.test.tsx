import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, me, pageOf, patient, vancouver } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent, withEtag } from '../../../testing/server';

const renderEdit = () =>
  renderPage(async () => (await import('./EditPatient')).EditPatient, { route: '/patient/:patientId/edit', url: `/patient/${ids.patient}/edit` });

beforeEach(() => {
  signedInAs('Pat Nguyen', ['patient']);
  answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
  answer('get', '/communities', pageOf([vancouver], 100));
  answer('get', '/patients/{patientId}', () =>
    withEtag(
      patient({
        phone: '604-555-0199',
        preferences: { providerGender: 'MALE', interpreterNeeded: false, accessibilityNeeds: 'Ramp', contactPreference: 'PHONE' },
      }),
      '"7"',
    ),
  );
});

describe('updating a registration', () => {
  it('shows the current preferences and saves a change with If-Match', async () => {
    answer('put', '/patients/{patientId}', patient());
    const requests = recordRequests();
    await renderEdit();
    const user = userEvent.setup();

    const gender = await screen.findByRole('group', { name: 'Would you prefer a provider of a particular gender?' });
    expect(within(gender).getByRole('radio', { name: 'A male provider' })).toBeChecked();
    expect(screen.getByLabelText('Accessibility needs (optional)')).toHaveValue('Ramp');
    const contact = screen.getByRole('group', { name: 'How should a clinic contact you?' });
    expect(within(contact).getByRole('radio', { name: 'Phone call' })).toBeChecked();

    await user.click(within(gender).getByRole('radio', { name: 'No preference' }));
    await user.click(screen.getByRole('checkbox', { name: 'I need an interpreter' }));
    await user.clear(screen.getByLabelText('Accessibility needs (optional)'));
    await user.click(within(contact).getByRole('radio', { name: 'Email' }));
    const emails = screen.getByLabelText('Language of our emails');
    expect(emails).toHaveValue('en');
    await user.selectOptions(emails, '繁體中文');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByTestId('elsewhere')).toHaveTextContent(`/patient/${ids.patient}`);
    const [put] = sent(requests, 'PUT', `/patients/${ids.patient}`);
    expect(put.headers.get('If-Match')).toBe('"7"');
    const body = await put.json();
    expect(body.preferences).toEqual({ providerGender: 'NO_PREFERENCE', interpreterNeeded: true, accessibilityNeeds: null, contactPreference: 'EMAIL' });
    expect(body).not.toHaveProperty('phn');
    expect(body.preferredLocale).toBe('zh-Hant');
  });

  it('asks for a phone number when contact by phone is kept without one, and shows the API’s refusal', async () => {
    answer('put', '/patients/{patientId}', () => problem(412, 'The registration changed since you loaded it. Reload and try again.'));
    const requests = recordRequests();
    await renderEdit();
    const user = userEvent.setup();

    await user.clear(await screen.findByLabelText('Phone (optional)'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('group', { name: 'How should a clinic contact you?' })).toHaveAccessibleDescription(
      'Give a phone number to be contacted by phone or text message.',
    );
    expect(sent(requests, 'PUT', `/patients/${ids.patient}`)).toHaveLength(0);

    await user.type(screen.getByLabelText('Phone (optional)'), '604-555-0100');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The registration changed since you loaded it.');
    expect(screen.getByRole('group', { name: 'How should a clinic contact you?' })).not.toHaveAccessibleDescription(/phone number/);
  });
});
