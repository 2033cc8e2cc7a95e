import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkCatalogues, checkUsage } from '../../scripts/check-i18n.mjs';
import { renderWhole } from '../testing/render';
import frCommon from '../i18n/messages/fr/common.json';
import frPublic from '../i18n/messages/fr/public.json';
import frStatistics from '../i18n/messages/fr/statistics.json';
import paCommon from '../i18n/messages/pa/common.json';
import { matchLocale, STORAGE_KEY } from '../i18n/locales';

/** Renders the app as main.tsx starts it: the opening language loaded first. */
const renderApp = () =>
  renderWhole(async () => {
    await (await import('../i18n/intl')).preloadInitialLocale();
    return (await import('./App')).default;
  }, '/');

describe('the language switcher', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
  });

  it('switches the page to the chosen language, sets <html lang> and remembers the choice', async () => {
    await renderApp();
    expect(document.documentElement.lang).toBe('en');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ਪੰਜਾਬੀ');

    expect(await screen.findByRole('link', { name: paCommon['common.nav.statistics'] })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: paCommon['common.language.label'] })).toHaveValue('pa');
    expect(document.documentElement.lang).toBe('pa');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('pa');
  });

  it('opens in the language this browser chose before', async () => {
    localStorage.setItem(STORAGE_KEY, 'fr');
    await renderApp();
    expect(await screen.findByRole('link', { name: frCommon['common.nav.statistics'] })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    // The design system's footer too, and the landing page.
    expect(screen.getByRole('link', { name: frCommon['common.footer.privacy'] })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: frPublic['public.title'] })).toBeInTheDocument();
  });

  it('names every language in itself', async () => {
    await renderApp();
    const names = screen.getAllByRole('option').map((o) => [o.getAttribute('lang'), o.textContent]);
    expect(names).toEqual([
      ['en', 'English'],
      ['fr', 'Français'],
      ['zh-Hans', '简体中文'],
      ['zh-Hant', '繁體中文'],
      ['pa', 'ਪੰਜਾਬੀ'],
      ['tl', 'Tagalog'],
    ]);
  });
});

describe('matchLocale', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['yue', 'zh-Hant'],
    ['pa-IN', 'pa'],
    ['fil', 'tl'],
    ['es', undefined],
    ['', undefined],
  ])('%s is %s', (tag, locale) => expect(matchLocale(tag)).toBe(locale));
});

describe('check:i18n', () => {
  const complete = (messages: Record<string, string>) =>
    Object.fromEntries(['en', 'fr', 'zh-Hans', 'zh-Hant', 'pa', 'tl'].map((l) => [l, { demo: { ...messages } }]));

  it('passes complete catalogues', () => {
    expect(checkCatalogues(complete({ 'demo.days': '{count, plural, one {# day} other {# days}}' }))).toEqual([]);
  });

  it('fails a key missing in one language, an extra key, a broken message, other arguments and a plural without other', () => {
    const catalogues = complete({ 'demo.a': 'A', 'demo.n': '{count, plural, one {# day} other {# days}}' });
    delete catalogues.pa.demo['demo.a'];
    catalogues.fr.demo['demo.extra'] = 'X';
    catalogues.tl.demo['demo.a'] = 'A {';
    catalogues['zh-Hant'].demo['demo.n'] = '{days, plural, other {# 天}}';
    catalogues['zh-Hans'].demo['demo.n'] = '{count, plural, one {# 天}}';
    const problems = checkCatalogues(catalogues).join('\n');
    expect(problems).toMatch(/pa: demo\.a is missing/);
    expect(problems).toMatch(/fr: demo\.extra is not in English/);
    expect(problems).toMatch(/tl: demo\.a is not valid ICU/);
    expect(problems).toMatch(/zh-Hant: demo\.n has arguments/);
    expect(problems).toMatch(/zh-Hans: demo\.n is not valid ICU MessageFormat \(MISSING_OTHER_CLAUSE\)/);
  });

  it('fails a key no code uses and a key the code uses that English lacks', () => {
    const problems = checkUsage(['demo.used', 'demo.unused'], { 'a.tsx': "t('demo.used'); t('demo.typo')" });
    expect(problems).toEqual(['demo.unused is unused', 'a.tsx: uses demo.typo, which English lacks']);
  });
});

describe('the catalogues of the pages few visit', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
  });

  it('are not bundled in English: they load with their page', async () => {
    const { englishMessages, LAZY } = await import('../i18n/catalogue');
    for (const namespace of LAZY) {
      expect(Object.keys(englishMessages).filter((key) => key.startsWith(`${namespace}.`))).toEqual([]);
    }
    expect(englishMessages['common.nav.statistics']).toBe('Statistics');
  });

  it('loaded by two pages at once, both stay in', async () => {
    vi.resetModules();
    const { activate, currentIntl } = await import('../i18n/intl');
    await Promise.all([activate('fr', ['statistics']), activate('fr', ['account'])]);
    const messages = currentIntl().messages;
    expect(messages['statistics.how.title']).toBeDefined();
    expect(messages['account.claims.loading']).toBeDefined();
  });

  it('load before their page shows, in the page’s language', async () => {
    localStorage.setItem(STORAGE_KEY, 'fr');
    await renderWhole(async () => {
      await (await import('../i18n/intl')).preloadInitialLocale();
      return (await import('./App')).default;
    }, '/statistics/how-computed');
    expect(await screen.findByRole('heading', { level: 1, name: frStatistics['statistics.how.title'] })).toBeInTheDocument();
  });
});
