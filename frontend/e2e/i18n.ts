import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';

/** The SPA's words in a language, from its catalogues (src/i18n/messages/<locale>/*.json), formatted as ICU. */
export function spaWords(locale: string) {
  const dir = new URL(`../src/i18n/messages/${locale}/`, import.meta.url);
  const messages: Record<string, string> = Object.assign(
    {},
    ...readdirSync(dir).map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8'))),
  );
  const intlLocale = locale === 'tl' ? 'fil' : locale;
  return (key: string, values?: Record<string, string | number>) => {
    if (!(key in messages)) throw new Error(`no ${key} in the ${locale} catalogue`);
    return String(new IntlMessageFormat(messages[key], intlLocale).format(values));
  };
}

/** A patient email's words in a language, from the API's message bundle (backend/.../messages/patientEmail_<tag>.properties). */
export function emailWords(locale: string) {
  const file = new URL(`../../backend/src/main/resources/messages/patientEmail_${locale}.properties`, import.meta.url);
  const messages = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return (key: string, values: Record<string, string> = {}) =>
    Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), messages[key] as string);
}
