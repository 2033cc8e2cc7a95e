import { contactPreferenceValues, providerGenderPreferenceValues } from '../../../api/schema';
import { optionsOf, type Option } from '../../../components/fields';
import { msg, type MessageId, type useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { languageName } from '../../../lib/reference';

type PatientPreferences = Schemas['PatientPreferences'];
type T = ReturnType<typeof useT>;

export const ACCESSIBILITY_MAX = 500;

/** What a registration sends when the person chose nothing. */
export const defaultPreferences = (): PatientPreferences => ({
  providerGender: 'NO_PREFERENCE',
  interpreterNeeded: false,
  accessibilityNeeds: null,
  contactPreference: 'EMAIL',
});

/** The patient's provider-gender preference, as they choose it and see it. */
const GENDER_WORDS: Record<PatientPreferences['providerGender'], MessageId> = {
  NO_PREFERENCE: msg('patient.preferences.gender.NO_PREFERENCE'),
  FEMALE: msg('patient.preferences.gender.FEMALE'),
  MALE: msg('patient.preferences.gender.MALE'),
};

/** How the patient wants to be contacted. */
export const CONTACT_WORDS: Record<PatientPreferences['contactPreference'], MessageId> = {
  EMAIL: msg('patient.preferences.contact.EMAIL'),
  PHONE: msg('patient.preferences.contact.PHONE'),
  TEXT: msg('patient.preferences.contact.TEXT'),
};

export const genderChoices = (t: T): Option<PatientPreferences['providerGender']>[] =>
  optionsOf(providerGenderPreferenceValues, (v) => t(GENDER_WORDS[v]));

export const contactChoices = (t: T): Option<PatientPreferences['contactPreference']>[] =>
  optionsOf(contactPreferenceValues, (v) => t(CONTACT_WORDS[v]));

/** The preferences as label and value pairs (term and description of a `<dl>`); `language`: the patient's. */
export function preferenceFacts(t: T, p: PatientPreferences, language?: string): [string, string][] {
  return [
    [t('patient.preferences.facts.gender'), t(GENDER_WORDS[p.providerGender])],
    [
      t('patient.preferences.facts.interpreter'),
      p.interpreterNeeded ? t('patient.preferences.facts.interpreterNeeded', { language: languageName(language) }) : t('patient.preferences.facts.interpreterNotNeeded'),
    ],
    [t('patient.preferences.facts.accessibility'), p.accessibilityNeeds || t('patient.preferences.facts.accessibilityNone')],
    [t('patient.preferences.facts.contact'), t(CONTACT_WORDS[p.contactPreference])],
  ];
}

/** What is wrong with the preferences before they are sent (the API checks again): field path to message. */
export function preferencesProblems(t: T, p: PatientPreferences, phone: string | null | undefined): Record<string, string> {
  const problems: Record<string, string> = {};
  const over = (p.accessibilityNeeds ?? '').length - ACCESSIBILITY_MAX;
  if (over > 0) problems['preferences.accessibilityNeeds'] = t('patient.preferences.accessibility.tooLong', { max: ACCESSIBILITY_MAX, count: over });
  if ((p.contactPreference === 'PHONE' || p.contactPreference === 'TEXT') && !phone?.trim()) {
    problems['preferences.contactPreference'] = t('patient.preferences.contact.phoneNeeded');
  }
  return problems;
}

/** The preferences as the API wants them: blank accessibility needs as null. */
export const preferencesBody = (p: PatientPreferences): PatientPreferences => ({ ...p, accessibilityNeeds: p.accessibilityNeeds?.trim() || null });
