import { fieldError } from '../../../components/fields';
import { CheckboxField, RadioGroupField, TextAreaField } from '../../../components/form';
import type { Schemas } from '../../../lib/api';
import { languageName } from '../../../lib/reference';
import { ACCESSIBILITY_MAX, CONTACT_CHOICES, GENDER_CHOICES } from './preferences';

type PatientPreferences = Schemas['PatientPreferences'];

/** "N characters left" or "N characters too many", read with the field. */
function counter(text: string | null | undefined) {
  const left = ACCESSIBILITY_MAX - (text ?? '').length;
  return left >= 0 ? `${left} of ${ACCESSIBILITY_MAX} characters left.` : `${-left} characters too many.`;
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
  const set = <K extends keyof PatientPreferences>(key: K, v: PatientPreferences[K]) => onChange({ ...value, [key]: v });
  const err = (field: string) => problems[`preferences.${field}`] ?? fieldError(error, `preferences.${field}`);
  return (
    <fieldset>
      <legend>Your preferences for care</legend>
      <p className="pas-hint">Providers see these with your registration. They are not required to match them.</p>
      <RadioGroupField
        legend="Would you prefer a provider of a particular gender?"
        value={value.providerGender}
        onChange={(v) => set('providerGender', v)}
        options={GENDER_CHOICES}
        error={err('providerGender')}
      />
      <CheckboxField
        label="I need an interpreter"
        hint={`An interpreter in your preferred language (${languageName(preferredLanguage)}).`}
        checked={value.interpreterNeeded}
        onChange={(v) => set('interpreterNeeded', v)}
      />
      <TextAreaField
        label="Accessibility needs (optional)"
        hint={`For example a wheelchair-accessible clinic or longer appointments. ${counter(value.accessibilityNeeds)}`}
        value={value.accessibilityNeeds ?? ''}
        onChange={(v) => set('accessibilityNeeds', v)}
        error={err('accessibilityNeeds')}
      />
      <RadioGroupField
        legend="How should a clinic contact you?"
        value={value.contactPreference}
        onChange={(v) => set('contactPreference', v)}
        options={CONTACT_CHOICES}
        error={err('contactPreference')}
      />
    </fieldset>
  );
}
