import { Link } from 'react-router';
import { useMe } from '../../../api/me';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView } from '../../../components/status';
import { useT } from '../../../i18n';
import { fullName, words } from '../../../lib/format';
import { usePatient } from '../api/patients';
import { useAdoptLanguageOf } from '../components/language';
import { PausedNotice } from '../components/PausedNotice';
import { StatusBadge } from '../components/StatusBadge';

function PatientRow({ patientId }: { patientId: string }) {
  const patient = usePatient(patientId);
  const t = useT();
  useAdoptLanguageOf(patient.data?.data);
  return (
    <li className="pas-card">
      <QueryView query={patient} loading={t('patient.home.rowLoading')} failed={t('patient.home.rowFailed')}>
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

/** /patient: the people the caller registered; their own record's language becomes the page's if none was chosen. */
export function PatientHome() {
  const me = useMe();
  const t = useT();
  return (
    <>
      <PageTitle>{t('patient.home.title')}</PageTitle>
      <p>{t('patient.home.intro')}</p>
      <p>
        <Link className="pas-button-link" to="/patient/register">
          {t('patient.home.register')}
        </Link>
      </p>
      <QueryView query={me} loading={t('patient.home.loading')} failed={t('patient.home.failed')}>
        {(data) =>
          data.patientIds.length === 0 ? (
            <Empty>{t('patient.home.empty')}</Empty>
          ) : (
            <ul className="pas-card-list" aria-label={t('patient.home.list')}>
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
