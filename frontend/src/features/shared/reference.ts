import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { words } from '../../lib/format';
import type { Option } from '../../components/fields';

/** All BC communities (about 60, one page), for the community choosers. */
export function useCommunities() {
  return useQuery({
    queryKey: ['communities', 'all'],
    queryFn: () => unwrap(api.GET('/communities', { params: { query: { size: 100 } } })),
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

export function communityOptions(items: { id: string; name: string; healthAuthority: string }[] = []): Option[] {
  return items.map((c) => ({ value: c.id, label: `${c.name} (${words(c.healthAuthority)})` }));
}

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

export const GENDERS = ['FEMALE', 'MALE', 'X', 'UNDISCLOSED'] as const;
export const AGE_BANDS = ['AGE_0_17', 'AGE_18_39', 'AGE_40_64', 'AGE_65_74', 'AGE_75_PLUS'] as const;
export const COMPLEXITIES = ['LOW', 'MODERATE', 'HIGH'] as const;
export const WAITLIST_STATUSES = ['WAITING', 'PROPOSED', 'ATTACHED', 'WITHDRAWN', 'EXPIRED'] as const;
export const DECLINE_REASONS = ['PANEL_FULL', 'OUTSIDE_SCOPE', 'PATIENT_DECLINED', 'COULD_NOT_CONTACT', 'OTHER'] as const;
export const HEALTH_AUTHORITIES = ['FRASER', 'INTERIOR', 'ISLAND', 'NORTHERN', 'VANCOUVER_COASTAL'] as const;
