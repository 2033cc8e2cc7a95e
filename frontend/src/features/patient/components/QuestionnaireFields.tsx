import { chronicConditionValues } from '../../../api/schema';
import { CheckboxField } from '../../../components/form';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';

type Questionnaire = Schemas['HealthQuestionnaire'];

const CONDITION_WORDS: Partial<Record<Schemas['ChronicCondition'], string>> = {
  HYPERTENSION: 'High blood pressure',
  LUNG_DISEASE: 'Lung disease (such as COPD or asthma)',
  OTHER: 'Another condition that needs ongoing care',
};

/** The health-needs questionnaire: it sets priority points and the complexity band. */
export function QuestionnaireFields({ value, onChange }: { value: Questionnaire; onChange: (next: Questionnaire) => void }) {
  const toggle = (condition: Schemas['ChronicCondition'], on: boolean) =>
    onChange({
      ...value,
      chronicConditions: on
        ? [...value.chronicConditions, condition]
        : value.chronicConditions.filter((c) => c !== condition),
    });
  return (
    <>
      <fieldset>
        <legend>Ongoing health conditions</legend>
        <p className="pas-hint">Check all that apply.</p>
        {chronicConditionValues.map((condition) => (
          <CheckboxField
            key={condition}
            label={CONDITION_WORDS[condition] ?? words(condition)}
            checked={value.chronicConditions.includes(condition)}
            onChange={(on) => toggle(condition, on)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Other health needs</legend>
        <CheckboxField label="Pregnant" checked={value.pregnant} onChange={(v) => onChange({ ...value, pregnant: v })} />
        <CheckboxField
          label="A hospital stay in the last 12 months"
          checked={value.recentHospitalStay}
          onChange={(v) => onChange({ ...value, recentHospitalStay: v })}
        />
        <CheckboxField
          label="Mental health needs"
          checked={value.mentalHealthNeeds}
          onChange={(v) => onChange({ ...value, mentalHealthNeeds: v })}
        />
        <CheckboxField
          label="Limited mobility"
          checked={value.mobilityLimitations}
          onChange={(v) => onChange({ ...value, mobilityLimitations: v })}
        />
      </fieldset>
    </>
  );
}
