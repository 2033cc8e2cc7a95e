import { useEffect } from 'react';
import { matchLocale, useLocale, type Locale } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { LANGUAGES } from '../../../lib/reference';

/**
 * The signed-in patient's own record sets the page's language when this browser never chose one (issue 19):
 * their written language (`preferredLocale`), else the closest to their spoken `preferredLanguage`.
 */
export function useAdoptLanguageOf(patient: Schemas['Patient'] | undefined) {
  const { adopt } = useLocale();
  const own = patient?.relationshipToRegistrant === 'SELF';
  // TODO(lead, issue 19): once Patient.preferredLocale is in src/api/schema.ts, this line becomes `patient?.preferredLocale`.
  const locale = matchLocale(patient?.preferredLanguage);
  useEffect(() => {
    if (own && locale) adopt(locale);
  }, [own, locale, adopt]);
}

/** The spoken language (ISO 639, one of LANGUAGES) of a page language: zh-Hans and zh-Hant are both `zh`. */
export function spokenLanguageOf(locale: Locale): string {
  const language = locale.split('-')[0];
  return LANGUAGES.some((l) => l.value === language) ? language : 'en';
}
