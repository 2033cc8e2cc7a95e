import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider, type IntlShape } from 'react-intl';
import { loadedMessages } from './catalogue';
import { activate, currentIntl, intlFor, LocaleContext, setCurrentIntl, type LocaleState } from './intl';
import { DEFAULT_LOCALE, initialLocale, LOCALES, rememberLocale, storedLocale, type Locale } from './locales';

/**
 * The app's language: react-intl with the chosen catalogue, `<html lang>` kept in step, the choice
 * remembered per browser. `locale` fixes the language (tests; its messages must be loaded).
 */
export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [intl, setIntl] = useState<IntlShape>(() => {
    const opening = fixed ?? initialLocale();
    const messages = loadedMessages(opening);
    return messages ? setCurrentIntl(intlFor(opening, messages)) : currentIntl();
  });
  const locale = LOCALES.find((l) => l.intl === intl.locale)?.tag ?? DEFAULT_LOCALE;

  const switchTo = useCallback((next: Locale) => void activate(next).then(setIntl), []);
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
