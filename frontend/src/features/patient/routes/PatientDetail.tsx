import { InlineAlert } from '@bcgov/design-system-react-components';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import { formatDate, words } from '../../../lib/format';
import { preferenceFacts } from '../../../lib/matching';
import { languageName } from '../../../lib/reference';
import { usePatient } from '../api/patients';
import { EntryActions } from '../components/EntryActions';
import { History } from '../components/History';
import { PausedNotice } from '../components/PausedNotice';
import { StatusBadge } from '../components/StatusBadge';
import { fullName } from '../../../lib/format';
import { WaitEstimate } from '../components/WaitEstimate';

/** /patient/:patientId: status, wait estimate, what to do and the history of one registration. */
export function PatientDetail() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  return (
    <QueryView query={patient} what="the registration">
      {({ data: p }) => (
        <>
          <PageTitle title={`Registration of ${fullName(p)}`}>{fullName(p)}</PageTitle>
          <section aria-labelledby="status-heading" className="pas-panel pas-status">
            <h2 id="status-heading">Status</h2>
            <p className="pas-status-line">
              <StatusBadge status={p.waitlistStatus} />
            </p>
            {p.waitlistStatus === 'ATTACHED' && (
              <InlineAlert variant="success" role="status">
                <p>You are attached to a family doctor or nurse practitioner. Their clinic will contact you.</p>
              </InlineAlert>
            )}
            {p.waitlistStatus === 'PROPOSED' && <p>A provider is reviewing your registration. You keep your place while they decide.</p>}
            <PausedNotice patient={p} />
            <dl className="pas-facts">
              <dt>Community</dt>
              <dd>{p.communityName}</dd>
              <dt>PHN</dt>
              <dd>{p.phn}</dd>
              <dt>Date of birth</dt>
              <dd>{formatDate(p.dateOfBirth)}</dd>
              <dt>Preferred language</dt>
              <dd>{languageName(p.preferredLanguage)}</dd>
              {preferenceFacts(p.preferences, p.preferredLanguage).map(([term, value]) => (
                <Fragment key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
              <dt>Health needs</dt>
              <dd>
                {words(p.complexity)} complexity, {p.priorityPoints} priority points
              </dd>
              <dt>Registered</dt>
              <dd>{formatDate(p.createdAt)}</dd>
            </dl>
            <p className="pas-buttons">
              <Link to={`/patient/${p.id}/edit`}>Update details</Link>
              <Link to={`/patient/${p.id}/questionnaire`}>Update health needs</Link>
            </p>
          </section>
          {(p.waitlistStatus === 'WAITING' || p.waitlistStatus === 'PROPOSED') && <WaitEstimate patientId={p.id} />}
          <EntryActions patient={p} />
          <History patientId={p.id} />
          <p>
            <Link to="/patient">Back to my registrations</Link>
          </p>
        </>
      )}
    </QueryView>
  );
}
