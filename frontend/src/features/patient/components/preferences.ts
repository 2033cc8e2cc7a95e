import { contactPreferenceValues, providerGenderPreferenceValues } from '../../../api/schema';
import { optionsOf, type Option } from '../../../components/fields';
import type { Schemas } from '../../../lib/api';
import { contactPreferenceWords, genderPreferenceWords } from '../../../lib/matching';

type PatientPreferences = Schemas['PatientPreferences'];

export const ACCESSIBILITY_MAX = 500;

/** What a registration sends when the person chose nothing. */
export const defaultPreferences = (): PatientPreferences => ({
  providerGender: 'NO_PREFERENCE',
  interpreterNeeded: false,
  accessibilityNeeds: null,
  contactPreference: 'EMAIL',
});

export const GENDER_CHOICES: Option<Schemas['ProviderGenderPreference']>[] = optionsOf(providerGenderPreferenceValues, (v) => genderPreferenceWords[v]);

export const CONTACT_CHOICES: Option<Schemas['ContactPreference']>[] = optionsOf(contactPreferenceValues, (v) => contactPreferenceWords[v]);

/** What is wrong with the preferences before they are sent (the API checks again): field path to message. */
export function preferencesProblems(p: PatientPreferences, phone: string | null | undefined): Record<string, string> {
  const problems: Record<string, string> = {};
  const over = (p.accessibilityNeeds ?? '').length - ACCESSIBILITY_MAX;
  if (over > 0) problems['preferences.accessibilityNeeds'] = `Accessibility needs must be ${ACCESSIBILITY_MAX} characters or fewer (${over} too many).`;
  if ((p.contactPreference === 'PHONE' || p.contactPreference === 'TEXT') && !phone?.trim()) {
    problems['preferences.contactPreference'] = 'Give a phone number to be contacted by phone or text message.';
  }
  return problems;
}

/** The preferences as the API wants them: blank accessibility needs as null. */
export const preferencesBody = (p: PatientPreferences): PatientPreferences => ({ ...p, accessibilityNeeds: p.accessibilityNeeds?.trim() || null });
