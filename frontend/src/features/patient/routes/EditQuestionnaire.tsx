import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Form, SubmitRow } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { useQuestionnaire, useSaveQuestionnaire } from '../api/patients';
import { QuestionnaireFields } from '../components/QuestionnaireFields';

function QuestionnaireForm({ patientId, initial, etag }: { patientId: string; initial: Schemas['HealthQuestionnaire']; etag: string }) {
  const [value, setValue] = useState(initial);
  const save = useSaveQuestionnaire(patientId, etag);
  return (
    <Form className="pas-form" onSubmit={() => save.mutate(value)}>
      <QuestionnaireFields value={value} onChange={setValue} />
      {save.isSuccess && (
        <Success>
          Saved: {save.data.priorityPoints} priority points, {words(save.data.complexity).toLowerCase()} complexity.
        </Success>
      )}
      <SubmitRow label="Save answers" pending={save.isPending} error={save.error} />
    </Form>
  );
}

/** /patient/:patientId/questionnaire: the health needs that set priority points. */
export function EditQuestionnaire() {
  const { patientId = '' } = useParams();
  const questionnaire = useQuestionnaire(patientId);
  return (
    <>
      <PageTitle>Health needs</PageTitle>
      <QueryView query={questionnaire} what="your answers">
        {({ data, etag }) => <QuestionnaireForm patientId={patientId} initial={data.questionnaire} etag={etag} />}
      </QueryView>
      <p>
        <Link to={`/patient/${patientId}`}>Back to the registration</Link>
      </p>
    </>
  );
}
