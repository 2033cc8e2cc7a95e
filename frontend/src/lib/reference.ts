import type { Option } from '../components/fields';
import { currentIntl, msg, type MessageId } from '../i18n';
import { words } from './format';

/** Languages people ask for most in BC, by ISO 639 code as the API stores them, named in the page's language. */
const LANGUAGE_NAMES: Record<string, MessageId> = {
  en: msg('patient.language.en'),
  fr: msg('patient.language.fr'),
  zh: msg('patient.language.zh'),
  pa: msg('patient.language.pa'),
  hi: msg('patient.language.hi'),
  tl: msg('patient.language.tl'),
  es: msg('patient.language.es'),
  fa: msg('patient.language.fa'),
  ko: msg('patient.language.ko'),
  vi: msg('patient.language.vi'),
  ar: msg('patient.language.ar'),
};

/** A language code's name in the page's language; an unknown code as itself. */
export const languageName = (code?: string) => {
  const id = code && Object.hasOwn(LANGUAGE_NAMES, code) ? LANGUAGE_NAMES[code] : undefined;
  return id ? currentIntl().formatMessage({ id }) : (code ?? '—');
};

/** The choice of languages; each label is read when shown, so it follows the page's language. */
export const LANGUAGES: Option[] = Object.keys(LANGUAGE_NAMES).map((value) => ({
  value,
  get label() {
    return languageName(value);
  },
}));

/** Choices of community, named with their health authority. */
export function communityOptions(items: { id: string; name: string; healthAuthority: string }[] = []): Option[] {
  return items.map((c) => ({ value: c.id, label: `${c.name} (${words(c.healthAuthority)})` }));
}
