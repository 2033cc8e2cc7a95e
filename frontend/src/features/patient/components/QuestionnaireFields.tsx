import { chronicConditionValues } from '../../../api/schema';
import { CheckboxField } from '../../../components/form';
import { msg, useT, type MessageId } from '../../../i18n';
import type { Schemas } from '../../../lib/api';

type Questionnaire = Schemas['HealthQuestionnaire'];

/** The conditions as the patient reads them (staff screens name them more briefly). */
const CONDITION_WORDS: Record<Schemas['ChronicCondition'], MessageId> = {
  DIABETES: msg('patient.questionnaire.condition.DIABETES'),
  HEART_DISEASE: msg('patient.questionnaire.condition.HEART_DISEASE'),
  HYPERTENSION: msg('patient.questionnaire.condition.HYPERTENSION'),
  LUNG_DISEASE: msg('patient.questionnaire.condition.LUNG_DISEASE'),
  KIDNEY_DISEASE: msg('patient.questionnaire.condition.KIDNEY_DISEASE'),
  CANCER: msg('patient.questionnaire.condition.CANCER'),
  CHRONIC_PAIN: msg('patient.questionnaire.condition.CHRONIC_PAIN'),
  OTHER: msg('patient.questionnaire.condition.OTHER'),
};

/** The health-needs questionnaire: it sets priority points and the complexity band. */
export function QuestionnaireFields({ value, onChange }: { value: Questionnaire; onChange: (next: Questionnaire) => void }) {
  const t = useT();
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
        <legend>{t('patient.questionnaire.conditions')}</legend>
        <p className="pas-hint">{t('patient.questionnaire.conditionsHint')}</p>
        {chronicConditionValues.map((condition) => (
          <CheckboxField
            key={condition}
            label={t(CONDITION_WORDS[condition])}
            checked={value.chronicConditions.includes(condition)}
            onChange={(on) => toggle(condition, on)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('patient.questionnaire.other')}</legend>
        <CheckboxField label={t('patient.questionnaire.pregnant')} checked={value.pregnant} onChange={(v) => onChange({ ...value, pregnant: v })} />
        <CheckboxField
          label={t('patient.questionnaire.recentHospitalStay')}
          checked={value.recentHospitalStay}
          onChange={(v) => onChange({ ...value, recentHospitalStay: v })}
        />
        <CheckboxField
          label={t('patient.questionnaire.mentalHealthNeeds')}
          checked={value.mentalHealthNeeds}
          onChange={(v) => onChange({ ...value, mentalHealthNeeds: v })}
        />
        <CheckboxField
          label={t('patient.questionnaire.mobilityLimitations')}
          checked={value.mobilityLimitations}
          onChange={(v) => onChange({ ...value, mobilityLimitations: v })}
        />
      </fieldset>
    </>
  );
}
