import { fieldError } from '../../../components/fields';
import { CheckboxField, RadioGroupField, TextAreaField } from '../../../components/form';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { languageName } from '../../../lib/reference';
import { ACCESSIBILITY_MAX, contactChoices, genderChoices } from './preferences';

type PatientPreferences = Schemas['PatientPreferences'];

/** The hint with "N of 500 characters left" or "N characters too many", read with the field. */
function accessibilityHint(t: ReturnType<typeof useT>, text: string | null | undefined) {
  const left = ACCESSIBILITY_MAX - (text ?? '').length;
  return left >= 0
    ? t('patient.preferences.accessibility.hintLeft', { count: left, max: ACCESSIBILITY_MAX })
    : t('patient.preferences.accessibility.hintOver', { count: -left });
}

/**
 * The person's preferences for care: provider gender, an interpreter in their preferred language, accessibility
 * needs and how to be contacted. `problems` are the form's own checks, `error` the API's last refusal.
 */
export function PreferencesFields({
  value,
  onChange,
  preferredLanguage,
  problems,
  error,
}: {
  value: PatientPreferences;
  onChange: (next: PatientPreferences) => void;
  preferredLanguage: string;
  problems: Record<string, string>;
  error: unknown;
}) {
  const t = useT();
  const set = <K extends keyof PatientPreferences>(key: K, v: PatientPreferences[K]) => onChange({ ...value, [key]: v });
  const err = (field: string) => problems[`preferences.${field}`] ?? fieldError(error, `preferences.${field}`);
  return (
    <fieldset>
      <legend>{t('patient.preferences.legend')}</legend>
      <p className="pas-hint">{t('patient.preferences.hint')}</p>
      <RadioGroupField
        legend={t('patient.preferences.gender.legend')}
        value={value.providerGender}
        onChange={(v) => set('providerGender', v)}
        options={genderChoices(t)}
        error={err('providerGender')}
      />
      <CheckboxField
        label={t('patient.preferences.interpreter.label')}
        hint={t('patient.preferences.interpreter.hint', { language: languageName(preferredLanguage) })}
        checked={value.interpreterNeeded}
        onChange={(v) => set('interpreterNeeded', v)}
      />
      <TextAreaField
        label={t('patient.preferences.accessibility.label')}
        hint={accessibilityHint(t, value.accessibilityNeeds)}
        value={value.accessibilityNeeds ?? ''}
        onChange={(v) => set('accessibilityNeeds', v)}
        error={err('accessibilityNeeds')}
      />
      <RadioGroupField
        legend={t('patient.preferences.contact.legend')}
        value={value.contactPreference}
        onChange={(v) => set('contactPreference', v)}
        options={contactChoices(t)}
        error={err('contactPreference')}
      />
    </fieldset>
  );
}
