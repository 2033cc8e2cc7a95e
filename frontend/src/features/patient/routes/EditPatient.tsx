import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Form, SubmitRow } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { usePatient, useUpdatePatient } from '../api/patients';
import { DetailsFields } from '../components/DetailsFields';
import { detailsBody, detailsOf } from '../components/details';

function EditPatientForm({ patient, etag }: { patient: Schemas['Patient']; etag: string }) {
  const [details, setDetails] = useState(() => detailsOf(patient));
  const navigate = useNavigate();
  const save = useUpdatePatient(patient.id, etag);
  const submit = () => {
    // The PHN and the relationship are not changed here.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { phn, relationshipToRegistrant, ...body } = detailsBody(details);
    save.mutate(body, { onSuccess: () => navigate(`/patient/${patient.id}`) });
  };
  return (
    <Form className="pas-form" onSubmit={submit}>
      <DetailsFields value={details} onChange={setDetails} error={save.error} withPhn={false} />
      <SubmitRow label="Save changes" pending={save.isPending} error={save.error} />
    </Form>
  );
}

/** /patient/:patientId/edit */
export function EditPatient() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  return (
    <>
      <PageTitle>Update details</PageTitle>
      <QueryView query={patient} what="the registration">
        {({ data, etag }) => <EditPatientForm patient={data} etag={etag} />}
      </QueryView>
    </>
  );
}
