import { currentIntl, msg, type MessageId } from '../i18n';
import type { Schemas } from './api';

/** Display helpers: dates and numbers in the visitor's language and Pacific time, enum codes in words. */

const PROVINCE_TIME = 'America/Vancouver';

/** Whether a formatter of months names them: a browser without a language's data prints `M12` (root locale). */
export const namesMonths = (formatMonth: (instant: number) => string): boolean => !/M\d/.test(formatMonth(Date.UTC(2026, 11, 15)));

const monthNamesKnown = new Map<string, boolean>();

/**
 * Date options in words where this browser has the language's month names, else the numeric ones: Debian's
 * Chromium lacks Punjabi's and would print `2026 M12 5` where `2026-12-05` reads in any language.
 */
export function dateOptions(words: Intl.DateTimeFormatOptions, numeric: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const locale = currentIntl().locale;
  if (!monthNamesKnown.has(locale)) {
    const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    monthNamesKnown.set(locale, namesMonths((instant) => short.format(instant)));
  }
  return monthNamesKnown.get(locale) ? words : numeric;
}

const DAY = dateOptions.bind(null, { dateStyle: 'medium' }, { year: 'numeric', month: '2-digit', day: '2-digit' });

export function formatDate(value?: string | null): string {
  if (!value) return '—';
  // A plain date (YYYY-MM-DD) is a calendar day, not an instant: do not shift it by the time zone.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return currentIntl().formatDate(Date.UTC(y, m - 1, d), { ...DAY(), timeZone: 'UTC' });
  }
  return currentIntl().formatDate(new Date(value), { ...DAY(), timeZone: PROVINCE_TIME });
}

export function formatDateTime(value?: string | null): string {
  const options = dateOptions(
    { dateStyle: 'medium', timeStyle: 'short' },
    { year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: '2-digit' },
  );
  return value ? currentIntl().formatDate(new Date(value), { ...options, timeZone: PROVINCE_TIME }) : '—';
}

/**
 * A message of the catalogues in the visitor's language, for code outside components (in a component, `useT`).
 * The keys are typed: a key English lacks does not compile.
 */
export const text = (id: MessageId, values?: Record<string, string | number | null | undefined>): string => currentIntl().formatMessage({ id }, values);

/** A number with the language's separators: `1,234` (English), `1 234` (French). */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => currentIntl().formatNumber(value, options);

/**
 * The enum codes a patient or a visitor can meet, in words of their language. Codes only staff see are not
 * here: they read as the code in English words (`PANEL_SUBMISSION` → `Panel submission`).
 */
const WORDS: Record<string, MessageId> = {
  // waitlist
  WAITING: msg('common.enum.WAITING'),
  PROPOSED: msg('common.enum.PROPOSED'),
  PAUSED: msg('common.enum.PAUSED'),
  ATTACHED: msg('common.enum.ATTACHED'),
  WITHDRAWN: msg('common.enum.WITHDRAWN'),
  EXPIRED: msg('common.enum.EXPIRED'),
  // what changed a registration
  REGISTRATION: msg('common.enum.REGISTRATION'),
  PROPOSAL: msg('common.enum.PROPOSAL'),
  ATTACHMENT: msg('common.enum.ATTACHMENT'),
  DECLINE: msg('common.enum.DECLINE'),
  PROPOSAL_EXPIRED: msg('common.enum.PROPOSAL_EXPIRED'),
  WITHDRAWAL: msg('common.enum.WITHDRAWAL'),
  RECONFIRMATION: msg('common.enum.RECONFIRMATION'),
  EXPIRY: msg('common.enum.EXPIRY'),
  RESTORED: msg('common.enum.RESTORED'),
  PANEL_REMOVAL: msg('common.enum.PANEL_REMOVAL'),
  MERGE: msg('common.enum.MERGE'),
  COMMUNITY_CHANGE: msg('common.enum.COMMUNITY_CHANGE'),
  CONTACT_PAUSE: msg('common.enum.CONTACT_PAUSE'),
  CONTACT_CONFIRMED: msg('common.enum.CONTACT_CONFIRMED'),
  // why a proposal was declined, why a registration was withdrawn
  PANEL_FULL: msg('common.enum.PANEL_FULL'),
  OUTSIDE_SCOPE: msg('common.enum.OUTSIDE_SCOPE'),
  PATIENT_DECLINED: msg('common.enum.PATIENT_DECLINED'),
  COULD_NOT_CONTACT: msg('common.enum.COULD_NOT_CONTACT'),
  FOUND_PROVIDER: msg('common.enum.FOUND_PROVIDER'),
  MOVED_AWAY: msg('common.enum.MOVED_AWAY'),
  NO_LONGER_NEEDED: msg('common.enum.NO_LONGER_NEEDED'),
  OTHER: msg('common.enum.OTHER'),
  // complexity
  LOW: msg('common.enum.LOW'),
  MODERATE: msg('common.enum.MODERATE'),
  HIGH: msg('common.enum.HIGH'),
  // chronic conditions
  DIABETES: msg('common.enum.DIABETES'),
  HEART_DISEASE: msg('common.enum.HEART_DISEASE'),
  HYPERTENSION: msg('common.enum.HYPERTENSION'),
  LUNG_DISEASE: msg('common.enum.LUNG_DISEASE'),
  KIDNEY_DISEASE: msg('common.enum.KIDNEY_DISEASE'),
  CANCER: msg('common.enum.CANCER'),
  CHRONIC_PAIN: msg('common.enum.CHRONIC_PAIN'),
  // age bands
  AGE_0_17: msg('common.enum.AGE_0_17'),
  AGE_18_39: msg('common.enum.AGE_18_39'),
  AGE_40_64: msg('common.enum.AGE_40_64'),
  AGE_65_74: msg('common.enum.AGE_65_74'),
  AGE_75_PLUS: msg('common.enum.AGE_75_PLUS'),
  // gender, and the provider's a patient prefers
  FEMALE: msg('common.enum.FEMALE'),
  MALE: msg('common.enum.MALE'),
  X: msg('common.enum.X'),
  UNDISCLOSED: msg('common.enum.UNDISCLOSED'),
  NO_PREFERENCE: msg('common.enum.NO_PREFERENCE'),
  // how to reach a patient
  EMAIL: msg('common.enum.EMAIL'),
  PHONE: msg('common.enum.PHONE'),
  TEXT: msg('common.enum.TEXT'),
  // relationship
  SELF: msg('common.enum.SELF'),
  CHILD: msg('common.enum.CHILD'),
  SPOUSE_PARTNER: msg('common.enum.SPOUSE_PARTNER'),
  PARENT: msg('common.enum.PARENT'),
  OTHER_DEPENDANT: msg('common.enum.OTHER_DEPENDANT'),
  // health authorities
  FRASER: msg('common.enum.FRASER'),
  INTERIOR: msg('common.enum.INTERIOR'),
  ISLAND: msg('common.enum.ISLAND'),
  NORTHERN: msg('common.enum.NORTHERN'),
  VANCOUVER_COASTAL: msg('common.enum.VANCOUVER_COASTAL'),
  // providers
  FAMILY_PHYSICIAN: msg('common.enum.FAMILY_PHYSICIAN'),
  NURSE_PRACTITIONER: msg('common.enum.NURSE_PRACTITIONER'),
  // days (clinic hours)
  MONDAY: msg('common.enum.MONDAY'),
  TUESDAY: msg('common.enum.TUESDAY'),
  WEDNESDAY: msg('common.enum.WEDNESDAY'),
  THURSDAY: msg('common.enum.THURSDAY'),
  FRIDAY: msg('common.enum.FRIDAY'),
  SATURDAY: msg('common.enum.SATURDAY'),
  SUNDAY: msg('common.enum.SUNDAY'),
};

/** Staff-only codes whose English words are not the code's own. */
const STAFF_WORDS: Record<string, string> = {
  PAS_ATTACHMENT: 'PAS attachment',
  DR_BILL: 'Dr. Bill',
  MANUAL: 'Added by hand',
  APPLY_VALID_ROWS: 'Apply the valid rows',
  ENDORSER: 'Provider (endorser)',
  ENDORSEE: 'Staff member (endorsee)',
};

/** An enum code in words: `WAITING` → `Waiting` in the visitor's language; a staff-only code in English. */
export function words(code?: string | null): string {
  if (!code) return '—';
  if (WORDS[code]) return text(WORDS[code]);
  if (STAFF_WORDS[code]) return STAFF_WORDS[code];
  const spaced = code.replace(/_/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** `Given Family`. */
export const fullName = (p: { givenNames: string; familyName: string }) => `${p.givenNames} ${p.familyName}`;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What an identity claim names, in words: the provider record with its MSP number, or a staff record at a clinic. */
export function claimedRecord(claim: Schemas['IdentityClaim']): string {
  if (claim.kind === 'PROVIDER') {
    const name = claim.providerName ?? claim.providerId;
    return claim.mspPractitionerNumber
      ? text('common.claim.providerWithMsp', { name, msp: claim.mspPractitionerNumber })
      : text('common.claim.provider', { name });
  }
  return text('common.claim.staff', { clinic: claim.clinicName ?? claim.clinicId });
}

/**
 * The first instant of a day of the province's calendar, as an RFC 3339 date-time with its offset
 * (`2026-12-01T00:00:00-08:00`). The offset is read at 08:00 UTC, the day's midnight in standard time,
 * which gives the right one on the days the clocks change too (they change at 02:00).
 */
export function provinceDayStart(day: string): string {
  const offset = new Intl.DateTimeFormat('en-CA', { timeZone: PROVINCE_TIME, timeZoneName: 'longOffset' })
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
