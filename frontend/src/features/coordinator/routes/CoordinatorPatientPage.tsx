import { Link, useParams } from 'react-router';
import type { Schemas } from '../../../lib/api';
import { PageTitle } from '../../../components/PageTitle';
import { Preferences } from '../../../components/Preferences';
import { QueryView } from '../../../components/status';
import { formatDate, fullName, words } from '../../../lib/format';
import { languageName } from '../../../lib/reference';
import { usePatient } from '../api/patients';

/** /coordinator/patients/:patientId: who the patient is, their preferences, and a way to their waitlist entry. */
export function CoordinatorPatientPage() {
  const patientId = useParams().patientId ?? '';
  const patient = usePatient(patientId);
  return (
    <QueryView query={patient} what="the patient">
      {(p: Schemas['Patient']) => (
        <>
          <PageTitle>{fullName(p)}</PageTitle>
          <section aria-labelledby="patient-facts" className="pas-panel">
            <h2 id="patient-facts">Patient</h2>
            <dl className="pas-facts">
              <dt>PHN</dt>
              <dd>{p.phn}</dd>
              <dt>Born</dt>
              <dd>{formatDate(p.dateOfBirth)}</dd>
              <dt>Community</dt>
              <dd>{p.communityName}</dd>
              <dt>Language</dt>
              <dd>{languageName(p.preferredLanguage)}</dd>
              <dt>Complexity</dt>
              <dd>{words(p.complexity)}</dd>
              <dt>Waitlist</dt>
              <dd>
                {p.waitlistEntryId ? (
                  <Link to={`/coordinator/entries/${p.waitlistEntryId}`}>{words(p.waitlistStatus)}: suggested providers and transitions</Link>
                ) : (
                  'Not on the waitlist'
                )}
              </dd>
            </dl>
          </section>
          <section aria-labelledby="patient-preferences" className="pas-panel">
            <h2 id="patient-preferences">Preferences</h2>
            <Preferences preferences={p.preferences} language={p.preferredLanguage} />
          </section>
        </>
      )}
    </QueryView>
  );
}
