import type { Locale } from '../../../i18n';
import type { Schemas } from '../../../lib/api';

/** The registration form's fields about the person (the questionnaire is separate). */
export type Details = Omit<Schemas['PatientRegistration'], 'questionnaire'>;

export function emptyDetails(
  relationship: Details['relationshipToRegistrant'],
  preferredLanguage = 'en',
  preferredLocale: Locale = 'en',
): Details {
  return {
    phn: '',
    familyName: '',
    givenNames: '',
    dateOfBirth: '',
    gender: 'UNDISCLOSED',
    address: { line1: '', line2: '', city: '', province: 'BC', postalCode: '' },
    communityId: '',
    phone: '',
    email: '',
    preferredLanguage,
    preferredLocale,
    consentToShare: true,
    relationshipToRegistrant: relationship,
    matchWithHousehold: false,
  };
}

/** A registered patient's details, as the form edits them (optional text as ""). */
export function detailsOf(p: Schemas['Patient']): Details {
  return {
    phn: p.phn,
    familyName: p.familyName,
    givenNames: p.givenNames,
    dateOfBirth: p.dateOfBirth,
    gender: p.gender,
    address: { ...p.address, line2: p.address.line2 ?? '' },
    communityId: p.communityId,
    phone: p.phone ?? '',
    email: p.email ?? '',
    preferredLanguage: p.preferredLanguage,
    preferredLocale: p.preferredLocale,
    consentToShare: p.consentToShare,
    relationshipToRegistrant: p.relationshipToRegistrant,
    matchWithHousehold: p.matchWithHousehold,
  };
}

/** Optional text left blank is sent as absent, not as "". */
function blankToUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '')) as T;
}

/** The details as the API wants them: blank optional text left out. */
export function detailsBody(details: Details): Details {
  return {
    ...details,
    address: blankToUndefined(details.address),
    phone: details.phone || undefined,
    email: details.email || undefined,
  };
}

export function normalisePostalCode(value: string) {
  const compact = value.toUpperCase().replace(/\s+/g, '');
  return compact.length === 6 ? `${compact.slice(0, 3)} ${compact.slice(3)}` : value.toUpperCase();
}
