import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Form, SubmitRow } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView, Success } from '../../../components/status';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { useQuestionnaire, useSaveQuestionnaire } from '../api/patients';
import { QuestionnaireFields } from '../components/QuestionnaireFields';

function QuestionnaireForm({ patientId, initial, etag }: { patientId: string; initial: Schemas['HealthQuestionnaire']; etag: string }) {
  const [value, setValue] = useState(initial);
  const save = useSaveQuestionnaire(patientId, etag);
  const t = useT();
  return (
    <Form className="pas-form" onSubmit={() => save.mutate(value)}>
      <QuestionnaireFields value={value} onChange={setValue} />
      {save.isSuccess && (
        <Success>{t('patient.questionnaire.saved', { points: save.data.priorityPoints, complexity: save.data.complexity })}</Success>
      )}
      <SubmitRow label={t('patient.questionnaire.save')} pending={save.isPending} error={save.error} />
    </Form>
  );
}

/** /patient/:patientId/questionnaire: the health needs that set priority points. */
export function EditQuestionnaire() {
  const { patientId = '' } = useParams();
  const questionnaire = useQuestionnaire(patientId);
  const t = useT();
  return (
    <>
      <PageTitle>{t('patient.detail.healthNeeds')}</PageTitle>
      <QueryView query={questionnaire} loading={t('patient.questionnaire.loading')} failed={t('patient.questionnaire.failed')}>
        {({ data, etag }) => <QuestionnaireForm patientId={patientId} initial={data.questionnaire} etag={etag} />}
      </QueryView>
      <p>
        <Link to={`/patient/${patientId}`}>{t('patient.questionnaire.back')}</Link>
      </p>
    </>
  );
}
