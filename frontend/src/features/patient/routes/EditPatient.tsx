import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Form, SubmitRow } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { usePatient, useUpdatePatient } from '../api/patients';
import { DetailsFields } from '../components/DetailsFields';
import { detailsBody, detailsOf } from '../components/details';
import { PreferencesFields } from '../components/PreferencesFields';
import { preferencesBody, preferencesProblems } from '../components/preferences';

function EditPatientForm({ patient, etag }: { patient: Schemas['Patient']; etag: string }) {
  const [details, setDetails] = useState(() => detailsOf(patient));
  const [preferences, setPreferences] = useState(patient.preferences);
  const [tried, setTried] = useState(false);
  const navigate = useNavigate();
  const t = useT();
  const save = useUpdatePatient(patient.id, etag);
  const problems = tried ? preferencesProblems(t, preferences, details.phone) : {};
  const submit = () => {
    setTried(true);
    if (Object.keys(preferencesProblems(t, preferences, details.phone)).length > 0) return;
    // The PHN and the relationship are not changed here.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { phn, relationshipToRegistrant, ...body } = detailsBody(details);
    save.mutate({ ...body, preferences: preferencesBody(preferences) }, { onSuccess: () => navigate(`/patient/${patient.id}`) });
  };
  return (
    <Form className="pas-form" onSubmit={submit}>
      <DetailsFields value={details} onChange={setDetails} error={save.error} withPhn={false} />
      <PreferencesFields value={preferences} onChange={setPreferences} preferredLanguage={details.preferredLanguage} problems={problems} error={save.error} />
      <SubmitRow label={t('patient.edit.save')} pending={save.isPending} error={save.error} />
    </Form>
  );
}

/** /patient/:patientId/edit */
export function EditPatient() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  const t = useT();
  return (
    <>
      <PageTitle>{t('patient.edit.title')}</PageTitle>
      <QueryView query={patient} loading={t('patient.detail.loading')} failed={t('patient.detail.failed')}>
        {({ data, etag }) => <EditPatientForm patient={data} etag={etag} />}
      </QueryView>
    </>
  );
}
