import { InlineAlert } from '@bcgov/design-system-react-components';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import { useT } from '../../../i18n';
import { formatDate, fullName } from '../../../lib/format';
import { languageName } from '../../../lib/reference';
import { usePatient } from '../api/patients';
import { EntryActions } from '../components/EntryActions';
import { History } from '../components/History';
import { useAdoptLanguageOf } from '../components/language';
import { PausedNotice } from '../components/PausedNotice';
import { preferenceFacts } from '../components/preferences';
import { StatusBadge } from '../components/StatusBadge';
import { WaitEstimate } from '../components/WaitEstimate';

/** /patient/:patientId: status, wait estimate, what to do and the history of one registration. */
export function PatientDetail() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  const t = useT();
  useAdoptLanguageOf(patient.data?.data);
  return (
    <QueryView query={patient} loading={t('patient.detail.loading')} failed={t('patient.detail.failed')}>
      {({ data: p }) => (
        <>
          <PageTitle title={t('patient.detail.documentTitle', { name: fullName(p) })}>{fullName(p)}</PageTitle>
          <section aria-labelledby="status-heading" className="pas-panel pas-status">
            <h2 id="status-heading">{t('patient.detail.status')}</h2>
            <p className="pas-status-line">
              <StatusBadge status={p.waitlistStatus} />
            </p>
            {p.waitlistStatus === 'ATTACHED' && (
              <InlineAlert variant="success" role="status">
                <p>{t('patient.detail.attached')}</p>
              </InlineAlert>
            )}
            {p.waitlistStatus === 'PROPOSED' && <p>{t('patient.detail.proposed')}</p>}
            <PausedNotice patient={p} />
            <dl className="pas-facts">
              <dt>{t('patient.detail.community')}</dt>
              <dd>{p.communityName}</dd>
              <dt>{t('patient.detail.phn')}</dt>
              <dd>{p.phn}</dd>
              <dt>{t('patient.details.dateOfBirth')}</dt>
              <dd>{formatDate(p.dateOfBirth)}</dd>
              <dt>{t('patient.details.preferredLanguage')}</dt>
              <dd>{languageName(p.preferredLanguage)}</dd>
              {preferenceFacts(t, p.preferences, p.preferredLanguage).map(([term, value]) => (
                <Fragment key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
              <dt>{t('patient.detail.healthNeeds')}</dt>
              <dd>{t('patient.detail.healthNeedsValue', { complexity: p.complexity, points: p.priorityPoints })}</dd>
              <dt>{t('patient.detail.registered')}</dt>
              <dd>{formatDate(p.createdAt)}</dd>
            </dl>
            <p className="pas-buttons">
              <Link to={`/patient/${p.id}/edit`}>{t('patient.edit.title')}</Link>
              <Link to={`/patient/${p.id}/questionnaire`}>{t('patient.detail.updateHealthNeeds')}</Link>
            </p>
          </section>
          {(p.waitlistStatus === 'WAITING' || p.waitlistStatus === 'PROPOSED') && <WaitEstimate patientId={p.id} />}
          <EntryActions patient={p} />
          <History patientId={p.id} />
          <p>
            <Link to="/patient">{t('patient.detail.back')}</Link>
          </p>
        </>
      )}
    </QueryView>
  );
}
