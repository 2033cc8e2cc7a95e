import type { Locale } from './locales';

/**
 * The message catalogues: `messages/<locale>/<namespace>.json`, flat, every key starting with its namespace
 * (`patient.home.title` lives in `patient.json`). English is what a key falls back to: its catalogues are
 * bundled, except those of the pages that only a few visit (LAZY), which load with their page (`<Needs>`).
 * The other languages load when chosen. `npm run check:i18n` (part of `npm run lint`) fails when a key is
 * missing in any language, unused in the code, or not valid ICU MessageFormat.
 */
export const LAZY = ['statistics', 'account'] as const;
export type LazyNamespace = (typeof LAZY)[number];

type Catalogue = Record<string, string>;

// Literal patterns (Vite reads them at build time): the English bundled are all but LAZY's.
const bundled = import.meta.glob<Catalogue>(
  ['./messages/en/*.json', '!./messages/en/statistics.json', '!./messages/en/account.json'],
  { eager: true, import: 'default' },
);
const loadable = {
  ...import.meta.glob<Catalogue>(['./messages/*/*.json', '!./messages/en/*.json'], { import: 'default' }),
  ...import.meta.glob<Catalogue>(['./messages/en/statistics.json', './messages/en/account.json'], { import: 'default' }),
};

export const englishMessages: Catalogue = Object.assign({}, ...Object.values(bundled));

const files = new Map<string, Promise<Catalogue>>();
const file = (path: string) => {
  if (!files.has(path)) files.set(path, loadable[path]());
  return files.get(path)!;
};

const isLazy = (path: string) => LAZY.some((ns) => path.endsWith(`/${ns}.json`));

/**
 * A language's messages with the given lazy namespaces, English under them for safety (the check keeps the
 * catalogues complete): English's lazy namespaces, then every file of the language but the lazy ones not asked for.
 */
export async function loadMessages(locale: Locale, namespaces: ReadonlySet<LazyNamespace>): Promise<Catalogue> {
  const wanted = (path: string) => !isLazy(path) || [...namespaces].some((ns) => path.endsWith(`/${ns}.json`));
  const paths = Object.keys(loadable).filter(
    (path) => wanted(path) && (path.startsWith(`./messages/${locale}/`) || (isLazy(path) && path.startsWith('./messages/en/'))),
  );
  const english = paths.filter((path) => path.startsWith('./messages/en/'));
  const own = locale === 'en' ? [] : paths.filter((path) => !path.startsWith('./messages/en/'));
  const parts = await Promise.all([...english, ...own].map(file));
  return Object.assign({}, englishMessages, ...parts);
}
