import { Link } from 'react-router';
import { useMe } from '../../../api/me';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView } from '../../../components/status';
import { words } from '../../../lib/format';
import { usePatient } from '../api/patients';
import { PausedNotice } from '../components/PausedNotice';
import { StatusBadge } from '../components/StatusBadge';
import { fullName } from '../../../lib/format';

function PatientRow({ patientId }: { patientId: string }) {
  const patient = usePatient(patientId);
  return (
    <li className="pas-card">
      <QueryView query={patient} what="this registration">
        {({ data: p }) => (
          <>
            <h2>
              <Link to={`/patient/${p.id}`}>{fullName(p)}</Link>
            </h2>
            <p>
              {words(p.relationshipToRegistrant)} · {p.communityName} · <StatusBadge status={p.waitlistStatus} />
            </p>
            <PausedNotice patient={p} />
          </>
        )}
      </QueryView>
    </li>
  );
}

/** /patient: the people the caller registered. */
export function PatientHome() {
  const me = useMe();
  return (
    <>
      <PageTitle>My registrations</PageTitle>
      <p>You can register yourself and the people in your household who need a family doctor or nurse practitioner.</p>
      <p>
        <Link className="pas-button-link" to="/patient/register">
          Register yourself or a family member
        </Link>
      </p>
      <QueryView query={me} what="your registrations">
        {(data) =>
          data.patientIds.length === 0 ? (
            <Empty>You have not registered anyone yet.</Empty>
          ) : (
            <ul className="pas-card-list" aria-label="People you registered">
              {data.patientIds.map((id) => (
                <PatientRow key={id} patientId={id} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
