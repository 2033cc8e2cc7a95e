import { DEFAULT_LOCALE, type Locale } from './locales';

/**
 * The message catalogues: `messages/<locale>/<namespace>.json`, flat, every key starting with its namespace
 * (`patient.home.title` lives in `patient.json`). English is bundled and is what a key falls back to; the
 * others are loaded when chosen. `npm run check:i18n` (part of `npm run lint`) fails when a key is missing
 * in any language, unused in the code, or not valid ICU MessageFormat.
 */
const english = import.meta.glob<Record<string, string>>('./messages/en/*.json', { eager: true, import: 'default' });
const others = import.meta.glob<Record<string, string>>(['./messages/*/*.json', '!./messages/en/*.json'], {
  import: 'default',
});

type Catalogue = Record<string, string>;

export const englishMessages: Catalogue = Object.assign({}, ...Object.values(english));

const loaded = new Map<Locale, Catalogue>([[DEFAULT_LOCALE, englishMessages]]);

/** The messages of a language, with English under them for safety (the check keeps the catalogues complete). */
export async function loadMessages(locale: Locale): Promise<Catalogue> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const files = Object.entries(others).filter(([path]) => path.startsWith(`./messages/${locale}/`));
  const parts = await Promise.all(files.map(([, load]) => load()));
  const messages = Object.assign({}, englishMessages, ...parts);
  loaded.set(locale, messages);
  return messages;
}

/** Messages already loaded (English always is), for a first render without waiting. */
export const loadedMessages = (locale: Locale): Catalogue | undefined => loaded.get(locale);
