import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, me, provider } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent, withEtag } from '../../../testing/server';

const lee = provider({ phone: '604-555-0123', languages: ['en', 'de'], subject: 's-lee', gender: 'FEMALE' });

const renderProfile = () =>
  renderPage(async () => (await import('./ProfilePage')).ProfilePage, { route: '/providers/:providerId/profile', url: `/providers/${ids.provider}/profile` });

beforeEach(() => {
  signedInAs('Dr. Jordan Lee', ['provider']);
  answer('get', '/me', me({ roles: ['provider'], providerId: ids.provider }));
  answer('get', '/providers/{providerId}', () => withEtag(lee, '"p5"'));
});

describe('a provider’s own profile', () => {
  it('shows the profile and clinics, and saves name, contact, gender and languages with If-Match', async () => {
    answer('put', '/providers/{providerId}', () => withEtag(lee, '"p6"'));
    const requests = recordRequests();
    await renderProfile();
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Dr. Jordan Lee' })).toBeInTheDocument();
    expect(screen.getByText('A1234')).toBeInTheDocument();
    const clinics = screen.getByRole('region', { name: 'Clinics' });
    expect(within(clinics).getByRole('link', { name: 'False Creek Family Practice' })).toHaveAttribute('href', `/clinics/${ids.clinic}`);
    expect(screen.getByLabelText('Gender (optional)')).toHaveValue('FEMALE');
    const languages = screen.getByRole('group', { name: 'Languages you offer care in' });
    expect(within(languages).getByRole('checkbox', { name: 'English' })).toBeChecked();
    // A language outside the usual list is kept as a choice, so saving does not drop it.
    expect(within(languages).getByRole('checkbox', { name: 'de' })).toBeChecked();

    await user.clear(screen.getByLabelText('Phone (optional)'));
    await user.selectOptions(screen.getByLabelText('Gender (optional)'), '');
    await user.click(within(languages).getByRole('checkbox', { name: 'Punjabi' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    const [put] = sent(requests, 'PUT', `/providers/${ids.provider}`);
    expect(put.headers.get('If-Match')).toBe('"p5"');
    expect(await put.json()).toEqual({
      subject: 's-lee',
      type: 'FAMILY_PHYSICIAN',
      mspPractitionerNumber: 'A1234',
      status: 'ACTIVE',
      name: 'Dr. Jordan Lee',
      email: 'dr.lee@pas.example',
      phone: null,
      languages: ['en', 'de', 'pa'],
      // Not stated: left out (`ProviderGender` is not nullable).
    });
  });

  it('shows the API’s refusal and its field errors', async () => {
    answer('put', '/providers/{providerId}', () =>
      problem(400, 'The request has invalid fields: email.', [{ field: 'email', message: 'must be a well-formed email address' }]),
    );
    await renderProfile();
    const user = userEvent.setup();
    const email = await screen.findByLabelText('Email');
    await user.clear(email);
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The request has invalid fields: email.');
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
  });

  it('ties the API’s message about the languages to their group', async () => {
    answer('put', '/providers/{providerId}', () =>
      problem(400, 'The request has invalid fields: languages.', [{ field: 'languages', message: 'must not be empty' }]),
    );
    await renderProfile();
    const user = userEvent.setup();
    const languages = await screen.findByRole('group', { name: 'Languages you offer care in' });
    expect(languages).not.toHaveAttribute('aria-describedby');
    await user.click(within(languages).getByRole('checkbox', { name: 'English' }));
    await user.click(within(languages).getByRole('checkbox', { name: 'de' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The request has invalid fields: languages.');
    expect(languages).toHaveAccessibleDescription('must not be empty');
  });

  it('is read-only for a delegate acting for the provider', async () => {
    signedInAs('Morgan Chan', ['delegate']);
    answer('get', '/me', me({ roles: ['delegate'], actingFor: [{ providerId: ids.provider, providerName: 'Dr. Jordan Lee', endorsementId: 'e-1' }] }));
    await renderProfile();

    expect(await screen.findByText('Only Dr. Jordan Lee can change this profile.')).toBeInTheDocument();
    expect(screen.getByText('Female')).toBeInTheDocument();
    expect(screen.getByText('English, de')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save profile' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'False Creek Family Practice' })).toBeInTheDocument();
  });
});
