import type { Option } from '../components/fields';
import { words } from './format';

/** Languages people ask for most in BC, by ISO 639 code as the API stores them. */
export const LANGUAGES: Option[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
  { value: 'zh', label: 'Chinese' },
  { value: 'pa', label: 'Punjabi' },
  { value: 'hi', label: 'Hindi' },
  { value: 'tl', label: 'Tagalog' },
  { value: 'es', label: 'Spanish' },
  { value: 'fa', label: 'Persian (Farsi)' },
  { value: 'ko', label: 'Korean' },
  { value: 'vi', label: 'Vietnamese' },
  { value: 'ar', label: 'Arabic' },
];

export const languageName = (code?: string) => LANGUAGES.find((l) => l.value === code)?.label ?? code ?? '—';

/** Choices of community, named with their health authority. */
export function communityOptions(items: { id: string; name: string; healthAuthority: string }[] = []): Option[] {
  return items.map((c) => ({ value: c.id, label: `${c.name} (${words(c.healthAuthority)})` }));
}
