import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../../api/me';
import { Form, SubmitRow } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { phnProblem } from '../../../lib/phn';
import { useRegisterPatient } from '../api/patients';
import { DetailsFields } from '../components/DetailsFields';
import { detailsBody, emptyDetails, type Details } from '../components/details';
import { QuestionnaireFields } from '../components/QuestionnaireFields';
import { emptyQuestionnaire } from '../components/questionnaire';

/** /patient/register: one form per person; someone who registered already registers a family member. */
export function RegisterPatient() {
  const me = useMe();
  const navigate = useNavigate();
  const hasSelf = (me.data?.patientIds.length ?? 0) > 0;
  const [details, setDetails] = useState<Details>(() => emptyDetails('SELF'));
  const [questionnaire, setQuestionnaire] = useState(emptyQuestionnaire);
  const [touchedRelationship, setTouchedRelationship] = useState(false);
  const register = useRegisterPatient();

  const shown: Details =
    hasSelf && !touchedRelationship && details.relationshipToRegistrant === 'SELF'
      ? { ...details, relationshipToRegistrant: 'CHILD' }
      : details;

  const submit = () => {
    if (phnProblem(shown.phn) || shown.phn === '') return;
    register.mutate(
      { ...detailsBody(shown), questionnaire },
      { onSuccess: (patient) => navigate(`/patient/${patient.id}`, { state: { registered: true } }) },
    );
  };

  return (
    <>
      <PageTitle>Register for a family doctor or nurse practitioner</PageTitle>
      <p>
        Fill in one form for each person. All fields are required unless marked optional. Your answers about health
        needs help people with more needs get care sooner; time waiting still counts most.
      </p>
      <Form onSubmit={submit} className="pas-form">
        <DetailsFields
          value={shown}
          onChange={(next) => {
            if (next.relationshipToRegistrant !== shown.relationshipToRegistrant) setTouchedRelationship(true);
            setDetails(next);
          }}
          error={register.error}
          withPhn
        />
        <QuestionnaireFields value={questionnaire} onChange={setQuestionnaire} />
        <SubmitRow label="Register" pending={register.isPending} error={register.error} errorTitle="Not registered" />
      </Form>
    </>
  );
}
