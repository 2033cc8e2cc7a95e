import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { RawIntlProvider, type IntlShape } from 'react-intl';
import type { LazyNamespace } from './catalogue';
import { activate, currentIntl, hasNamespace, LocaleContext, localeOf, type LocaleState } from './intl';
import { rememberLocale, storedLocale, type Locale } from './locales';

/**
 * The app's language: react-intl with the chosen catalogue, `<html lang>` kept in step, the choice
 * remembered per browser. It opens in the language `preloadInitialLocale()` (main.tsx) or a test activated.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [intl, setIntl] = useState<IntlShape>(currentIntl);
  const locale = localeOf(intl);

  const switchTo = useCallback((next: Locale) => void activate(next).then(setIntl), []);
  // One load per namespace and language, however many pages ask while it runs.
  const loading = useRef(new Map<string, Promise<void>>());
  const state = useMemo<LocaleState>(
    () => ({
      locale,
      choose: (next) => {
        rememberLocale(next);
        switchTo(next);
      },
      adopt: (next) => {
        if (!storedLocale() && next !== locale) switchTo(next);
      },
      need: (namespace: LazyNamespace) => {
        if (hasNamespace(namespace) && localeOf(currentIntl()) === locale) return null;
        const key = `${locale}:${namespace}`;
        if (!loading.current.has(key)) loading.current.set(key, activate(locale, [namespace]).then(setIntl));
        return loading.current.get(key)!;
      },
    }),
    [locale, switchTo],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <LocaleContext.Provider value={state}>
      <RawIntlProvider value={intl}>{children}</RawIntlProvider>
    </LocaleContext.Provider>
  );
}
