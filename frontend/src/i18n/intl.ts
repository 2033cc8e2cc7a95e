import { createContext, useCallback, useContext } from 'react';
import { createIntl, createIntlCache, useIntl, type IntlShape } from 'react-intl';
import { englishMessages, LAZY, loadMessages, type LazyNamespace } from './catalogue';
import { DEFAULT_LOCALE, initialLocale, intlTag, LOCALES, type Locale } from './locales';
import type { MessageId } from './messages';

export interface LocaleState {
  locale: Locale;
  /** The visitor picked a language: switch to it and remember it in this browser. */
  choose: (locale: Locale) => void;
  /** A default from elsewhere (a signed-in patient's `preferredLocale`): used only if the visitor never chose. */
  adopt: (locale: Locale) => void;
  /** Null when the namespace's messages are in; else a promise that resolves once they are (see `<Needs>`). */
  need: (namespace: LazyNamespace) => Promise<void> | null;
}

export const LocaleContext = createContext<LocaleState | null>(null);

const cache = createIntlCache();
export const intlFor = (locale: Locale, messages: Record<string, string>) =>
  createIntl({ locale: intlTag(locale), defaultLocale: intlTag(DEFAULT_LOCALE), messages }, cache);

export const localeOf = (intl: IntlShape): Locale => LOCALES.find((l) => l.intl === intl.locale)?.tag ?? DEFAULT_LOCALE;

/** The current language's formatter, for code outside components (lib/format.ts). Set before each switch renders. */
let current: IntlShape = intlFor(DEFAULT_LOCALE, englishMessages);
/** The lazily loaded namespaces in `current` (and in every language switched to later). */
const namespaces = new Set<LazyNamespace>();
export const currentIntl = () => current;
export const hasNamespace = (namespace: LazyNamespace) => namespaces.has(namespace);

/** Loads a language (with the lazy namespaces loaded so far, and these) and makes it current. */
export async function activate(locale: Locale, more: LazyNamespace[] = []): Promise<IntlShape> {
  let wanted = new Set([...namespaces, ...more]);
  for (;;) {
    const messages = await loadMessages(locale, wanted);
    // Another page's namespace may have come in meanwhile: keep it (its files are cached, the next load is quick).
    const meanwhile = [...namespaces].filter((namespace) => !wanted.has(namespace));
    wanted.forEach((namespace) => namespaces.add(namespace));
    if (meanwhile.length === 0) {
      current = intlFor(locale, messages);
      return current;
    }
    wanted = new Set([...wanted, ...meanwhile]);
  }
}

/** Loads the language a page opens in before the first render, so that it does not flash English. */
export const preloadInitialLocale = () => activate(initialLocale());

/** Tests: a language with every namespace, before a page renders. */
export const activateFully = (locale: Locale) => activate(locale, [...LAZY]);

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside I18nProvider');
  return state;
}

/** ICU arguments; rich text (links, emphasis) goes through react-intl's `<FormattedMessage>`. */
type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** `const t = useT()`, then `t(key)`, or with ICU arguments `t(key, { count })`. */
export function useT() {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}
