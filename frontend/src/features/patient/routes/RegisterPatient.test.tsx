import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, me, pageOf, patient, vancouver } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

const renderRegister = () => renderPage(async () => (await import('./RegisterPatient')).RegisterPatient, { route: '/patient/register', url: '/patient/register' });

beforeEach(() => {
  signedInAs('Pat Nguyen', ['patient']);
  answer('get', '/me', me({ roles: ['patient'] }));
  answer('get', '/communities', pageOf([vancouver], 100));
});

async function fillForm(phn: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Personal Health Number (PHN)'), phn);
  await user.type(screen.getByLabelText('Given names'), 'Pat');
  await user.type(screen.getByLabelText('Family name'), 'Nguyen');
  await user.type(screen.getByLabelText('Date of birth'), '1985-04-30');
  await user.type(screen.getByLabelText('Street address'), '1 Main Street');
  await user.type(screen.getByLabelText('City'), 'Vancouver');
  await user.type(screen.getByLabelText('Postal code'), 'v6h1a5');
  await screen.findByRole('option', { name: 'Vancouver (Vancouver Coastal Health)' });
  await user.selectOptions(screen.getByLabelText('Community where you want a provider'), vancouver.id);
  await user.click(screen.getByLabelText('Diabetes'));
  return user;
}

describe('registering a patient', () => {
  it('checks the PHN as it is typed and does not send an invalid one', async () => {
    const requests = recordRequests();
    await renderRegister();
    const user = await fillForm('96986582');

    const phn = screen.getByLabelText('Personal Health Number (PHN)');
    expect(phn).toHaveAccessibleDescription(expect.stringContaining('2 more to go'));
    await user.type(phn, '16');
    expect(phn).toHaveAttribute('aria-invalid', 'true');
    expect(phn).toHaveAccessibleDescription(expect.stringContaining('not a valid PHN'));
    await user.clear(phn);
    await user.type(phn, '9698658215');
    expect(phn).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Postal code')).toHaveValue('V6H 1A5');

    await user.clear(phn);
    await user.type(phn, '9698658216');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(sent(requests, 'POST', '/patients')).toHaveLength(0);
  });

  it('shows the API field errors next to the fields and keeps what was typed', async () => {
    answer('post', '/patients', () =>
      problem(400, 'The request has invalid fields: dateOfBirth.', [{ field: 'dateOfBirth', message: 'must not be in the future or before 1900' }]),
    );
    const requests = recordRequests();
    await renderRegister();
    const user = await fillForm('9698658215');

    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The request has invalid fields: dateOfBirth.');
    expect(screen.getByLabelText('Date of birth')).toHaveAccessibleDescription('must not be in the future or before 1900');
    expect(screen.getByLabelText('Given names')).toHaveValue('Pat');
    const [post] = sent(requests, 'POST', '/patients');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await post.json();
    expect(body).toMatchObject({
      phn: '9698658215',
      relationshipToRegistrant: 'SELF',
      address: { line1: '1 Main Street', city: 'Vancouver', province: 'BC', postalCode: 'V6H 1A5' },
      communityId: vancouver.id,
      questionnaire: { chronicConditions: ['DIABETES'], pregnant: false },
    });
    expect(body).not.toHaveProperty('phone');
  });

  it('registers a family member once the caller is registered, and opens the new registration', async () => {
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    answer('post', '/patients', patient({ relationshipToRegistrant: 'CHILD' }));
    const requests = recordRequests();
    await renderRegister();
    const relationship = await screen.findByLabelText('Relationship to you');
    await vi.waitFor(() => expect(relationship).toHaveValue('CHILD'));
    const user = await fillForm('9698658215');

    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByTestId('elsewhere')).toHaveTextContent(`/patient/${ids.patient}`);
    expect(await sent(requests, 'POST', '/patients')[0].json()).toMatchObject({ relationshipToRegistrant: 'CHILD' });
  });

  it('fills in the card holder from BC Services Card, and shows the refusal of another PHN next to it', async () => {
    signedInAs('Pat Nguyen', ['patient'], { idp: 'bcsc', phn: '9698658215', given_name: 'Pat', family_name: 'Nguyen', birthdate: '1985-04-30' });
    answer('post', '/patients', () =>
      problem(422, 'You signed in with your BC Services Card: register yourself with the Personal Health Number of that card.', [
        { field: 'phn', message: 'must be the PHN your BC Services Card asserts' },
      ]),
    );
    const requests = recordRequests();
    await renderRegister();
    const phn = await screen.findByLabelText('Personal Health Number (PHN)');
    expect(phn).toHaveValue('9698658215');
    expect(screen.getByLabelText('Given names')).toHaveValue('Pat');
    expect(screen.getByLabelText('Family name')).toHaveValue('Nguyen');
    expect(screen.getByLabelText('Date of birth')).toHaveValue('1985-04-30');
    expect(screen.getByText(/filled in from your BC Services Card/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.clear(phn);
    await user.type(phn, '9698658222');
    await user.type(screen.getByLabelText('Street address'), '1 Main Street');
    await user.type(screen.getByLabelText('City'), 'Vancouver');
    await user.type(screen.getByLabelText('Postal code'), 'v6h1a5');
    await screen.findByRole('option', { name: 'Vancouver (Vancouver Coastal Health)' });
    await user.selectOptions(screen.getByLabelText('Community where you want a provider'), vancouver.id);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('register yourself with the Personal Health Number of that card');
    expect(phn).toHaveAccessibleDescription(expect.stringContaining('must be the PHN your BC Services Card asserts'));
    expect(await sent(requests, 'POST', '/patients')[0].json()).toMatchObject({ phn: '9698658222', givenNames: 'Pat', familyName: 'Nguyen', dateOfBirth: '1985-04-30' });
  });

  it('leaves the card holder’s details out of a family member’s form', async () => {
    signedInAs('Pat Nguyen', ['patient'], { idp: 'bcsc', phn: '9698658215', given_name: 'Pat', family_name: 'Nguyen', birthdate: '1985-04-30' });
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    await renderRegister();
    const relationship = await screen.findByLabelText('Relationship to you');
    await vi.waitFor(() => expect(relationship).toHaveValue('CHILD'));
    expect(screen.getByLabelText('Personal Health Number (PHN)')).toHaveValue('');
    expect(screen.getByLabelText('Given names')).toHaveValue('');
    expect(screen.queryByText(/filled in from your BC Services Card/)).not.toBeInTheDocument();
  });

  it('sends the preferences chosen: provider gender, interpreter, accessibility needs and contact', async () => {
    answer('post', '/patients', patient());
    const requests = recordRequests();
    await renderRegister();
    const user = await fillForm('9698658215');

    const gender = screen.getByRole('group', { name: 'Would you prefer a provider of a particular gender?' });
    expect(within(gender).getByRole('radio', { name: 'No preference' })).toBeChecked();
    await user.click(within(gender).getByRole('radio', { name: 'A female provider' }));
    const interpreter = screen.getByRole('checkbox', { name: 'I need an interpreter' });
    expect(interpreter).toHaveAccessibleDescription('An interpreter in your preferred language (English).');
    await user.click(interpreter);
    const needs = screen.getByLabelText('Accessibility needs (optional)');
    expect(needs).toHaveAccessibleDescription(expect.stringContaining('500 of 500 characters left.'));
    await user.type(needs, 'Wheelchair access');
    expect(needs).toHaveAccessibleDescription(expect.stringContaining('483 of 500 characters left.'));
    await user.type(screen.getByLabelText('Phone (optional)'), '604-555-0199');
    await user.click(within(screen.getByRole('group', { name: 'How should a clinic contact you?' })).getByRole('radio', { name: 'Text message' }));
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await screen.findByTestId('elsewhere');
    expect(await sent(requests, 'POST', '/patients')[0].json()).toMatchObject({
      phone: '604-555-0199',
      preferences: { providerGender: 'FEMALE', interpreterNeeded: true, accessibilityNeeds: 'Wheelchair access', contactPreference: 'TEXT' },
    });
  });

  it('sends no preferences beyond the defaults when none are chosen', async () => {
    answer('post', '/patients', patient());
    const requests = recordRequests();
    await renderRegister();
    const user = await fillForm('9698658215');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await screen.findByTestId('elsewhere');
    expect((await sent(requests, 'POST', '/patients')[0].json()).preferences).toEqual({
      providerGender: 'NO_PREFERENCE',
      interpreterNeeded: false,
      accessibilityNeeds: null,
      contactPreference: 'EMAIL',
    });
  });

  it('refuses accessibility needs over 500 characters and text messages without a phone, before sending', async () => {
    const requests = recordRequests();
    await renderRegister();
    const user = await fillForm('9698658215');
    const needs = screen.getByLabelText('Accessibility needs (optional)');
    await user.click(needs);
    await user.paste('x'.repeat(503));
    expect(needs).toHaveAccessibleDescription(expect.stringContaining('3 characters too many.'));
    await user.click(within(screen.getByRole('group', { name: 'How should a clinic contact you?' })).getByRole('radio', { name: 'Text message' }));
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(needs).toHaveAttribute('aria-invalid', 'true');
    expect(needs).toHaveAccessibleDescription(expect.stringContaining('must be 500 characters or fewer (3 too many)'));
    expect(screen.getByRole('group', { name: 'How should a clinic contact you?' })).toHaveAccessibleDescription(
      'Give a phone number to be contacted by phone or text message.',
    );
    expect(sent(requests, 'POST', '/patients')).toHaveLength(0);
  });

  it('shows the API’s message about a preference next to it', async () => {
    answer('post', '/patients', () =>
      problem(400, 'The request has invalid fields: preferences.accessibilityNeeds.', [
        { field: 'preferences.accessibilityNeeds', message: 'must not contain control characters' },
      ]),
    );
    await renderRegister();
    const user = await fillForm('9698658215');
    await user.type(screen.getByLabelText('Accessibility needs (optional)'), 'Ramp');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The request has invalid fields: preferences.accessibilityNeeds.');
    expect(screen.getByLabelText('Accessibility needs (optional)')).toHaveAccessibleDescription(expect.stringContaining('must not contain control characters'));
  });
});
