import { Link } from 'react-router';
import { useMe } from '../../../api/me';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView } from '../../../components/status';
import { words } from '../../../lib/format';
import { useClinic } from '../api/clinics';

function ClinicCard({ clinicId }: { clinicId: string }) {
  const clinic = useClinic(clinicId);
  return (
    <li className="pas-card">
      <QueryView query={clinic} what="the clinic">
        {({ data: c }) => (
          <>
            <h2>
              <Link to={`/clinics/${c.id}`}>{c.name}</Link>
            </h2>
            <p>
              {c.address.line1}, {c.address.city} · {c.communityName} · {words(c.status)}
            </p>
          </>
        )}
      </QueryView>
    </li>
  );
}

/** /clinics/mine: the clinics the caller is medical director of. */
export function MyClinics() {
  const me = useMe();
  return (
    <>
      <PageTitle>My clinics</PageTitle>
      <p>The clinics you are medical director of. Keep their details, hours and staff current.</p>
      <QueryView query={me} what="your clinics">
        {(data) =>
          data.directedClinicIds.length === 0 ? (
            <Empty>You are not the medical director of any clinic.</Empty>
          ) : (
            <ul className="pas-card-list" aria-label="Clinics you direct">
              {data.directedClinicIds.map((id) => (
                <ClinicCard key={id} clinicId={id} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
