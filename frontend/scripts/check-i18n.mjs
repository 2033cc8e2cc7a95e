#!/usr/bin/env node
// The catalogues' check (issue 19), run by `npm run lint` and so by `make test`. It fails when:
// - a language lacks a namespace file or a key that English has, or has one English does not;
// - a key does not start with its file's namespace (`patient.json` holds `patient.*`);
// - a message is not valid ICU MessageFormat (a plural without `other` is not), or its arguments differ from English's;
// - a key is unused: no source file outside the catalogues and tests spells it as a string literal;
// - the code uses a key (`t('…')`, `msg('…')`, `id="…"`) that English does not have.
// Keys are never built from pieces (`t(\`status.${x}\`)`): a table of `msg('…')` keys keeps them findable.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

export const LOCALES = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'pa', 'tl'];

/** Every argument of a message, with its kind, and each plural's/select's options: `count:plural(one|other)`. */
export function argumentsOf(message) {
  const found = new Set();
  const walk = (elements) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) found.add(`${el.value}:text`);
      if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) found.add(`${el.value}:${TYPE[el.type]}`);
      if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`${el.value}:${el.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** catalogues: { locale: { namespace: { key: message } } }. Returns the problems found, one line each. */
export function checkCatalogues(catalogues) {
  const problems = [];
  const english = catalogues.en ?? {};
  for (const locale of LOCALES) {
    if (!catalogues[locale]) problems.push(`${locale}: no catalogue`);
  }
  for (const [locale, namespaces] of Object.entries(catalogues)) {
    if (!LOCALES.includes(locale)) problems.push(`${locale}: not a supported language (${LOCALES.join(', ')})`);
    for (const namespace of Object.keys(english)) {
      if (!namespaces[namespace]) problems.push(`${locale}/${namespace}.json: missing`);
    }
    for (const [namespace, messages] of Object.entries(namespaces)) {
      const reference = english[namespace] ?? {};
      if (!english[namespace]) problems.push(`${locale}/${namespace}.json: English has no such namespace`);
      for (const [key, message] of Object.entries(messages)) {
        if (!key.startsWith(`${namespace}.`)) problems.push(`${locale}/${namespace}.json: ${key} is not in namespace ${namespace}`);
        if (typeof message !== 'string' || message.trim() === '') {
          problems.push(`${locale}: ${key} is empty`);
          continue;
        }
        let args;
        try {
          args = argumentsOf(message); // the parser also refuses a plural or select without `other`
        } catch (e) {
          problems.push(`${locale}: ${key} is not valid ICU MessageFormat (${e.message})`);
          continue;
        }
        if (!(key in reference)) {
          problems.push(`${locale}: ${key} is not in English`);
        } else if (locale !== 'en') {
          let expected;
          try {
            expected = argumentsOf(reference[key]);
          } catch {
            continue; // reported under en
          }
          if (args.join() !== expected.join()) {
            problems.push(`${locale}: ${key} has arguments ${args.join(' ') || '(none)'}, English ${expected.join(' ') || '(none)'}`);
          }
        }
      }
      for (const key of Object.keys(reference)) {
        if (!(key in messages)) problems.push(`${locale}: ${key} is missing`);
      }
    }
  }
  return problems;
}

const USE = /\b(?:t|msg)\(\s*['"]([^'"]+)['"]|\bid=\{?['"]([^'"]+)['"]/g;

/** sources: { path: text } of the code. Returns the problems: keys unused, and keys used that English lacks. */
export function checkUsage(englishKeys, sources) {
  const problems = [];
  const code = Object.values(sources).join('\n');
  for (const key of englishKeys) {
    if (!code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${key}\``)) {
      problems.push(`${key} is unused`);
    }
  }
  const known = new Set(englishKeys);
  for (const [path, text] of Object.entries(sources)) {
    for (const match of text.matchAll(USE)) {
      const key = match[1] ?? match[2];
      // id="…" is also an HTML id: only names with a namespace's dot are keys.
      if (match[2] && !englishKeys.some((k) => k.split('.')[0] === key.split('.')[0])) continue;
      if (!known.has(key)) problems.push(`${path}: uses ${key}, which English lacks`);
    }
  }
  return problems;
}

function files(dir, keep) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const messagesDir = join(root, 'src/i18n/messages');
  const catalogues = {};
  for (const locale of readdirSync(messagesDir)) {
    catalogues[locale] = {};
    for (const file of readdirSync(join(messagesDir, locale)).filter((f) => f.endsWith('.json'))) {
      catalogues[locale][basename(file, '.json')] = JSON.parse(readFileSync(join(messagesDir, locale, file), 'utf8'));
    }
  }
  const sources = Object.fromEntries(
    files(join(root, 'src'), (p) => /\.(ts|tsx)$/.test(p) && !/\.test\.tsx?$/.test(p) && !p.startsWith(messagesDir) && !p.includes('/testing/'))
      .map((p) => [relative(root, p), readFileSync(p, 'utf8')]),
  );
  const englishKeys = Object.values(catalogues.en ?? {}).flatMap(Object.keys);
  const problems = [...checkCatalogues(catalogues), ...checkUsage(englishKeys, sources)];
  if (problems.length) {
    console.error(`check:i18n: ${problems.length} problem(s) in the catalogues (src/i18n/messages):`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`check:i18n: ${englishKeys.length} keys in ${Object.keys(catalogues).length} languages, all present and used.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
