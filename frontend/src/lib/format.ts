import type { Schemas } from './api';

/** Display helpers: dates in Pacific time, enum codes in words. */

const dateFormat = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeZone: 'America/Vancouver' });
const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/Vancouver',
});

export function formatDate(value?: string | null): string {
  if (!value) return '—';
  // A plain date (YYYY-MM-DD) is a calendar day, not an instant: do not shift it by the time zone.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  }
  return dateFormat.format(new Date(value));
}

export function formatDateTime(value?: string | null): string {
  return value ? dateTimeFormat.format(new Date(value)) : '—';
}

const WORDS: Record<string, string> = {
  // waitlist
  WAITING: 'Waiting',
  PROPOSED: 'Proposed to a provider',
  ATTACHED: 'Attached',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired',
  // age bands
  AGE_0_17: '0–17',
  AGE_18_39: '18–39',
  AGE_40_64: '40–64',
  AGE_65_74: '65–74',
  AGE_75_PLUS: '75 and over',
  // gender
  FEMALE: 'Female',
  MALE: 'Male',
  X: 'X',
  UNDISCLOSED: 'Prefer not to say',
  // relationship
  SELF: 'Myself',
  CHILD: 'My child',
  SPOUSE_PARTNER: 'My spouse or partner',
  PARENT: 'My parent',
  OTHER_DEPENDANT: 'Another dependant',
  // health authorities
  FRASER: 'Fraser Health',
  INTERIOR: 'Interior Health',
  ISLAND: 'Island Health',
  NORTHERN: 'Northern Health',
  VANCOUVER_COASTAL: 'Vancouver Coastal Health',
  // providers
  FAMILY_PHYSICIAN: 'Family physician',
  NURSE_PRACTITIONER: 'Nurse practitioner',
  // panel
  PAS_ATTACHMENT: 'PAS attachment',
  TELEPLAN: 'Teleplan',
  DR_BILL: 'Dr. Bill',
  MANUAL: 'Added by hand',
  ALL_OR_NOTHING: 'All or nothing',
  APPLY_VALID_ROWS: 'Apply the valid rows',
  // endorsements
  ENDORSER: 'Provider (endorser)',
  ENDORSEE: 'Staff member (endorsee)',
};

/** An enum code in words: `HEART_DISEASE` → `Heart disease` unless a better word is known. */
export function words(code?: string | null): string {
  if (!code) return '—';
  if (WORDS[code]) return WORDS[code];
  const text = code.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `Given Family`. */
export const fullName = (p: { givenNames: string; familyName: string }) => `${p.givenNames} ${p.familyName}`;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What an identity claim names, in words: the provider record with its MSP number, or a staff record at a clinic. */
export function claimedRecord(claim: Schemas['IdentityClaim']): string {
  if (claim.kind === 'PROVIDER') {
    const msp = claim.mspPractitionerNumber ? ` (MSP ${claim.mspPractitionerNumber})` : '';
    return `Provider record ${claim.providerName ?? claim.providerId}${msp}`;
  }
  return `Staff record at ${claim.clinicName ?? claim.clinicId}`;
}

/**
 * The first instant of a day of the province's calendar, as an RFC 3339 date-time with its offset
 * (`2026-12-01T00:00:00-08:00`). The offset is read at 08:00 UTC, the day's midnight in standard time,
 * which gives the right one on the days the clocks change too (they change at 02:00).
 */
export function provinceDayStart(day: string): string {
  const offset = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Vancouver', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T08:00:00Z`))
    .find((part) => part.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return `${day}T00:00:00${offset || '+00:00'}`;
}

/** The day after a `YYYY-MM-DD` day. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The day `days` before a `YYYY-MM-DD` day. */
export function daysBefore(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}
