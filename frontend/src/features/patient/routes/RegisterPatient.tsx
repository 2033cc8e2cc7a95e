import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../../api/me';
import { Form, SubmitRow } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { useLocale, useT } from '../../../i18n';
import { useAuth, type AssertedIdentity } from '../../../lib/auth';
import { phnProblem } from '../../../lib/phn';
import { useRegisterPatient } from '../api/patients';
import { DetailsFields } from '../components/DetailsFields';
import { detailsBody, emptyDetails, type Details } from '../components/details';
import { spokenLanguageOf } from '../components/language';
import { PreferencesFields } from '../components/PreferencesFields';
import { defaultPreferences, preferencesBody, preferencesProblems } from '../components/preferences';
import { QuestionnaireFields } from '../components/QuestionnaireFields';
import { emptyQuestionnaire } from '../components/questionnaire';

/** What BC Services Card asserts about the person signed in with it, as the form's fields. */
function fromCard(card: AssertedIdentity | undefined): Partial<Details> {
  if (!card) return {};
  return {
    phn: card.phn ?? '',
    givenNames: card.givenNames ?? '',
    familyName: card.familyName ?? '',
    dateOfBirth: card.dateOfBirth ?? '',
  };
}

/**
 * /patient/register: one form per person; someone who registered already registers a family member. Signed in
 * with BC Services Card, the person's own PHN, names and date of birth come filled in from the card (the API
 * refuses another PHN for themselves). The preferred language starts as the page's.
 */
export function RegisterPatient() {
  const me = useMe();
  const auth = useAuth();
  const navigate = useNavigate();
  const t = useT();
  const { locale } = useLocale();
  const card = auth.status === 'signed-in' && auth.user.asserted?.idp === 'bcsc' ? auth.user.asserted : undefined;
  const hasSelf = (me.data?.patientIds.length ?? 0) > 0;
  const [details, setDetails] = useState<Details>(() => ({ ...emptyDetails('SELF', spokenLanguageOf(locale), locale), ...fromCard(card) }));
  const [questionnaire, setQuestionnaire] = useState(emptyQuestionnaire);
  const [preferences, setPreferences] = useState(defaultPreferences);
  const [tried, setTried] = useState(false);
  const [touchedRelationship, setTouchedRelationship] = useState(false);
  const register = useRegisterPatient();

  // A family member is not the card holder: what the card filled in (and is still unchanged) is cleared.
  const notTheCardHolder = (d: Details): Details => {
    const filled = fromCard(card);
    const keep = (key: 'phn' | 'givenNames' | 'familyName' | 'dateOfBirth') => (d[key] === filled[key] ? '' : d[key]);
    return { ...d, phn: keep('phn'), givenNames: keep('givenNames'), familyName: keep('familyName'), dateOfBirth: keep('dateOfBirth') };
  };
  const shown: Details =
    hasSelf && !touchedRelationship && details.relationshipToRegistrant === 'SELF'
      ? { ...notTheCardHolder(details), relationshipToRegistrant: 'CHILD' }
      : details;

  const problems = tried ? preferencesProblems(t, preferences, shown.phone) : {};
  const submit = () => {
    setTried(true);
    if (phnProblem(shown.phn) || shown.phn === '' || Object.keys(preferencesProblems(t, preferences, shown.phone)).length > 0) return;
    register.mutate(
      { ...detailsBody(shown), questionnaire, preferences: preferencesBody(preferences) },
      { onSuccess: (patient) => navigate(`/patient/${patient.id}`, { state: { registered: true } }) },
    );
  };

  return (
    <>
      <PageTitle>{t('patient.register.title')}</PageTitle>
      <p>{t('patient.register.intro')}</p>
      {card && shown.relationshipToRegistrant === 'SELF' && (
        <p className="pas-hint">{t('patient.register.fromCard')}</p>
      )}
      <Form onSubmit={submit} className="pas-form">
        <DetailsFields
          value={shown}
          onChange={(next) => {
            if (next.relationshipToRegistrant !== shown.relationshipToRegistrant) setTouchedRelationship(true);
            const leftSelf = shown.relationshipToRegistrant === 'SELF' && next.relationshipToRegistrant !== 'SELF';
            setDetails(leftSelf ? notTheCardHolder(next) : next);
          }}
          error={register.error}
          withPhn
        />
        <PreferencesFields
          value={preferences}
          onChange={setPreferences}
          preferredLanguage={shown.preferredLanguage}
          problems={problems}
          error={register.error}
        />
        <QuestionnaireFields value={questionnaire} onChange={setQuestionnaire} />
        <SubmitRow label={t('patient.register.submit')} pending={register.isPending} error={register.error} errorTitle={t('patient.register.failed')} />
      </Form>
    </>
  );
}
