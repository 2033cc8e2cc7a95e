/**
 * The six languages the public and patient screens speak (issue 19), as BCP 47 tags. The API's problems,
 * the patients' emails and the Keycloak login pages use the same six (backend: common/Locales.java).
 */
export const LOCALES = [
  { tag: 'en', name: 'English', intl: 'en-CA' },
  { tag: 'fr', name: 'Français', intl: 'fr-CA' },
  { tag: 'zh-Hans', name: '简体中文', intl: 'zh-Hans' },
  { tag: 'zh-Hant', name: '繁體中文', intl: 'zh-Hant' },
  { tag: 'pa', name: 'ਪੰਜਾਬੀ', intl: 'pa' },
  { tag: 'tl', name: 'Tagalog', intl: 'fil' },
] as const;

export type Locale = (typeof LOCALES)[number]['tag'];

export const DEFAULT_LOCALE: Locale = 'en';

/** Where the browser remembers the visitor's choice. */
export const STORAGE_KEY = 'pas.locale';

export const isLocale = (tag: unknown): tag is Locale => LOCALES.some((l) => l.tag === tag);

/** The tag Intl formats dates and numbers with: Canadian English and French; Tagalog is `fil` to Intl. */
export const intlTag = (locale: Locale) => LOCALES.find((l) => l.tag === locale)!.intl;

/**
 * The supported language closest to a language tag (a browser's, or a patient's ISO 639 `preferredLanguage`):
 * zh, zh-CN and zh-Hans-* are Simplified Chinese; zh-TW, zh-HK, zh-MO, zh-Hant-* and yue Traditional;
 * fil is Tagalog. The same rules as the API's `Locales.match`.
 */
export function matchLocale(tag?: string | null): Locale | undefined {
  if (!tag) return undefined;
  const [language, ...rest] = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  switch (language) {
    case 'en':
    case 'fr':
    case 'pa':
    case 'tl':
      return language;
    case 'fil':
      return 'tl';
    case 'yue':
      return 'zh-Hant';
    case 'zh': {
      const script = rest.find((s) => ['hant', 'tw', 'hk', 'mo', 'hans'].includes(s));
      return script && script !== 'hans' ? 'zh-Hant' : 'zh-Hans';
    }
    default:
      return undefined;
  }
}

/** The visitor's remembered choice, if any. */
export function storedLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled
  }
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts until the page is closed
  }
}

/** The language to open in: the remembered choice, else the browser's first supported language, else English. */
export function initialLocale(): Locale {
  return storedLocale() ?? navigator.languages.map(matchLocale).find(Boolean) ?? DEFAULT_LOCALE;
}
