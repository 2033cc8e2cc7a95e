import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { createIntl } from 'react-intl';
import frPatient from '../../../i18n/messages/fr/patient.json';
import paPatient from '../../../i18n/messages/pa/patient.json';
import zhHantPatient from '../../../i18n/messages/zh-Hant/patient.json';
import { STORAGE_KEY, type Locale } from '../../../i18n/locales';
import { ids, me, pageOf, patient, vancouver } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderWhole } from '../../../testing/render';
import { answer, recordRequests, sent } from '../../../testing/server';

/** A catalogue's message with its ICU arguments, as the page formats it. */
const formatted = (locale: string, messages: Record<string, string>, id: string, values?: Record<string, string | number>) =>
  createIntl({ locale, messages }).formatMessage({ id }, values);

/**
 * Renders a patient page as the app does: in the language this browser chose (`chosen`) or, with none, the
 * browser's (English here), loaded before the first render; the language follows `useLocale` from then on.
 */
async function renderIn(chosen: Locale | undefined, load: () => Promise<ComponentType>, route: string, url: string) {
  if (chosen) localStorage.setItem(STORAGE_KEY, chosen);
  return renderWhole(async () => {
    await (await import('../../../i18n/intl')).preloadInitialLocale();
    const Page = await load();
    const { I18nProvider } = await import('../../../i18n');
    const { QueryClientProvider } = await import('@tanstack/react-query');
    const { createQueryClient } = await import('../../../lib/query-client');
    const { BrowserRouter, Route, Routes } = await import('react-router');
    const client = createQueryClient();
    return () => (
      <I18nProvider>
        <QueryClientProvider client={client}>
          <BrowserRouter>
            <Routes>
              <Route path={route} element={<Page />} />
              <Route path="*" element={null} />
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </I18nProvider>
    );
  }, url);
}

const register = (locale: Locale) =>
  renderIn(locale, async () => (await import('./RegisterPatient')).RegisterPatient, '/patient/register', '/patient/register');
const home = (locale?: Locale) => renderIn(locale, async () => (await import('./PatientHome')).PatientHome, '/patient', '/patient');

beforeEach(() => signedInAs('Pat Nguyen', ['patient']));

afterEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
});

describe('the registration form in another language', () => {
  beforeEach(() => {
    answer('get', '/me', me({ roles: ['patient'] }));
    answer('get', '/communities', pageOf([vancouver], 100));
  });

  it('speaks French, checks the PHN in French, starts with French as the preferred language and asks the API in French', async () => {
    answer('post', '/patients', patient({ preferredLanguage: 'fr', preferredLocale: 'fr' }));
    const requests = recordRequests();
    await register('fr');

    expect(await screen.findByRole('heading', { level: 1, name: frPatient['patient.register.title'] })).toBeInTheDocument();
    const phn = screen.getByLabelText(frPatient['patient.details.phn']);
    const language = screen.getByLabelText(frPatient['patient.details.preferredLanguage']);
    expect(language).toHaveValue('fr');
    expect(screen.getByLabelText(frPatient['patient.details.emailLanguage'])).toHaveValue('fr');
    expect(within(language).getByRole('option', { name: frPatient['patient.language.pa'] })).toHaveValue('pa');

    const user = userEvent.setup();
    await user.type(phn, '96986582');
    expect(phn).toHaveAccessibleDescription(expect.stringContaining(formatted('fr-CA', frPatient, 'patient.phn.moreToGo', { count: 2 })));
    await user.type(phn, '15');
    await user.type(screen.getByLabelText(frPatient['patient.details.givenNames']), 'Pat');
    await user.type(screen.getByLabelText(frPatient['patient.details.familyName']), 'Nguyen');
    await user.type(screen.getByLabelText(frPatient['patient.details.dateOfBirth']), '1985-04-30');
    await user.type(screen.getByLabelText(frPatient['patient.details.street']), '1 Main Street');
    await user.type(screen.getByLabelText(frPatient['patient.details.city']), 'Vancouver');
    await user.type(screen.getByLabelText(frPatient['patient.details.postalCode']), 'v6h1a5');
    await screen.findByRole('option', { name: /^Vancouver/ });
    await user.selectOptions(screen.getByLabelText(frPatient['patient.details.community']), vancouver.id);
    await user.click(screen.getByRole('button', { name: frPatient['patient.register.submit'] }));

    const [post] = await vi.waitFor(() => {
      const posts = sent(requests, 'POST', '/patients');
      expect(posts).toHaveLength(1);
      return posts;
    });
    expect(post.headers.get('Accept-Language')).toBe('fr');
    expect(await post.json()).toMatchObject({ preferredLanguage: 'fr', preferredLocale: 'fr' });
  });

  it('speaks Punjabi, counts the accessibility characters in Punjabi and names the languages in Punjabi', async () => {
    await register('pa');

    const language = await screen.findByLabelText(paPatient['patient.details.preferredLanguage']);
    expect(language).toHaveValue('pa');
    expect(within(language).getByRole('option', { selected: true })).toHaveTextContent(paPatient['patient.language.pa']);
    expect(screen.getByRole('checkbox', { name: paPatient['patient.preferences.interpreter.label'] })).toHaveAccessibleDescription(
      formatted('pa', paPatient, 'patient.preferences.interpreter.hint', { language: paPatient['patient.language.pa'] }),
    );
    expect(screen.getByLabelText(paPatient['patient.preferences.accessibility.label'])).toHaveAccessibleDescription(
      formatted('pa', paPatient, 'patient.preferences.accessibility.hintLeft', { count: 500, max: 500 }),
    );
    expect(screen.getByRole('button', { name: paPatient['patient.register.submit'] })).toBeInTheDocument();
  });

  it('starts a Chinese page with Chinese (zh) as the preferred language', async () => {
    await register('zh-Hant');
    expect(await screen.findByLabelText(zhHantPatient['patient.details.preferredLanguage'])).toHaveValue('zh');
    // Spoken Chinese, written Traditional: the emails' language is the page's.
    expect(screen.getByLabelText(zhHantPatient['patient.details.emailLanguage'])).toHaveValue('zh-Hant');
  });
});

describe('the patient’s home in another language', () => {
  it('lists the registrations in Punjabi', async () => {
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    answer('get', '/patients/{patientId}', patient({ preferredLanguage: 'pa', preferredLocale: 'pa' }));
    await home('pa');

    expect(await screen.findByRole('heading', { level: 1, name: paPatient['patient.home.title'] })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: paPatient['patient.home.register'] })).toHaveAttribute('href', '/patient/register');
    const list = await screen.findByRole('list', { name: paPatient['patient.home.list'] });
    expect(await within(list).findByRole('link', { name: 'Pat Nguyen' })).toBeInTheDocument();
  });

  it('says in French that nobody is registered yet', async () => {
    answer('get', '/me', me({ roles: ['patient'] }));
    await home('fr');
    expect(await screen.findByText(frPatient['patient.home.empty'])).toBeInTheDocument();
  });
});

describe('the signed-in patient’s language as the page’s', () => {
  it('switches to the language of the patient’s own record when this browser never chose one', async () => {
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    answer('get', '/patients/{patientId}', patient({ preferredLanguage: 'zh', preferredLocale: 'zh-Hant' }));
    await home();

    expect(await screen.findByRole('heading', { level: 1, name: zhHantPatient['patient.home.title'] })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hant');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps the language this browser chose', async () => {
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    answer('get', '/patients/{patientId}', patient({ preferredLanguage: 'pa', preferredLocale: 'pa' }));
    await home('fr');

    const list = await screen.findByRole('list', { name: frPatient['patient.home.list'] });
    await within(list).findByRole('link', { name: 'Pat Nguyen' });
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('heading', { level: 1, name: frPatient['patient.home.title'] })).toBeInTheDocument();
  });

  it('does not take the language of a family member’s record', async () => {
    answer('get', '/me', me({ roles: ['patient'], patientIds: [ids.patient] }));
    answer('get', '/patients/{patientId}', patient({ preferredLanguage: 'pa', preferredLocale: 'pa', relationshipToRegistrant: 'CHILD' }));
    await home();

    const list = await screen.findByRole('list', { name: 'People you registered' });
    await within(list).findByRole('link', { name: 'Pat Nguyen' });
    expect(document.documentElement.lang).toBe('en');
  });
});
