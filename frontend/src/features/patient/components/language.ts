import { useEffect } from 'react';
import { useLocale, type Locale } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { LANGUAGES } from '../../../lib/reference';

/**
 * The signed-in patient's own record sets the page's language when this browser never chose one (issue 19):
 * their written language, `preferredLocale` (the API derives it from their spoken `preferredLanguage` when
 * they never chose one).
 */
export function useAdoptLanguageOf(patient: Schemas['Patient'] | undefined) {
  const { adopt } = useLocale();
  const own = patient?.relationshipToRegistrant === 'SELF';
  const locale = patient?.preferredLocale;
  useEffect(() => {
    if (own && locale) adopt(locale);
  }, [own, locale, adopt]);
}

/** The spoken language (ISO 639, one of LANGUAGES) of a page language: zh-Hans and zh-Hant are both `zh`. */
export function spokenLanguageOf(locale: Locale): string {
  const language = locale.split('-')[0];
  return LANGUAGES.some((l) => l.value === language) ? language : 'en';
}
