import { skipReasonValues } from '../api/schema';
import type { Schemas } from '../lib/api';
import { languageName } from './reference';

/** The matching codes of issue 16 in plain words: why PAS chose, skipped or suggested someone. */

/** The rule that chose a proposal. */
export const matchRuleWords: Record<Schemas['MatchRule'], string> = {
  RANK_ORDER: 'Next in line: the best-ranked patient who fits',
  COMPLEXITY_MIX: 'Keeps your stated mix of low, moderate and high complexity',
  LANGUAGE_MATCH: 'Needs an interpreter and you speak their language',
  HOUSEHOLD: 'Kept together with their household',
};

/** Why a better-ranked patient was passed over (no patient identity goes with it). */
export const skipReasonWords: Record<Schemas['SkipReason'], string> = {
  COMPLEXITY_SHARE_FULL: 'The share for their complexity is full',
  LANGUAGE: 'Needs an interpreter in a language the provider does not speak',
  HOUSEHOLD_TOO_LARGE: 'Their household is larger than the room left',
  PREFERENCE: 'The patient’s preference (for example the provider’s gender)',
};

/** How many better-ranked patients were passed over for one reason. */
export interface SkipCount {
  reason: Schemas['SkipReason'];
  count: number;
}

/** Counts passed-over entries by reason (no identity of the patients goes with the counts). */
export const countSkips = (skipped: { reason: Schemas['SkipReason'] }[]): SkipCount[] =>
  skipReasonValues.map((reason) => ({ reason, count: skipped.filter((s) => s.reason === reason).length }));

/** Why a provider is suggested for a patient. */
export const suggestionReasonWords: Record<Schemas['SuggestionReason'], string> = {
  SPEAKS_LANGUAGE: 'Speaks the patient’s language',
  GENDER_PREFERENCE_MET: 'Meets the patient’s provider gender preference',
  COMPLEXITY_SHARE_OPEN: 'Has room for this complexity in their mix',
  MOST_ROOM: 'Has the most room',
};

/** The patient's provider-gender preference (also the patient's choices when registering). */
export const genderPreferenceWords: Record<Schemas['PatientPreferences']['providerGender'], string> = {
  NO_PREFERENCE: 'No preference',
  FEMALE: 'A female provider',
  MALE: 'A male provider',
};

/** How the patient wants to be contacted (also the patient's choices when registering). */
export const contactPreferenceWords: Record<Schemas['PatientPreferences']['contactPreference'], string> = {
  EMAIL: 'Email',
  PHONE: 'Phone call',
  TEXT: 'Text message',
};

/** A patient's preferences as label and value pairs (term and description of a `<dl>`); `language`: theirs. */
export function preferenceFacts(p: Schemas['PatientPreferences'], language?: string): [string, string][] {
  return [
    ['Provider gender', genderPreferenceWords[p.providerGender]],
    ['Interpreter', p.interpreterNeeded ? `Needed (${languageName(language)})` : 'Not needed'],
    ['Accessibility needs', p.accessibilityNeeds || 'None stated'],
    ['Contact by', contactPreferenceWords[p.contactPreference]],
  ];
}
