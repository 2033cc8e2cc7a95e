import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../../../lib/api';
import { PageTitle } from '../../../components/PageTitle';
import { Preferences } from '../../../components/Preferences';
import { QueryView, Success } from '../../../components/status';
import { formatDate, formatDateTime, fullName, words } from '../../../lib/format';
import { languageName } from '../../../lib/reference';
import { useEntry } from '../api/waitlist-entries';
import { ConfirmContact } from '../components/ConfirmContact';
import { Suggestions } from '../components/Suggestions';
import { Transitions } from '../components/Transitions';

function Facts({ entry }: { entry: Schemas['WaitlistEntry'] }) {
  return (
    <section aria-labelledby="entry-facts" className="pas-panel">
      <h2 id="entry-facts">Waitlist entry</h2>
      <dl className="pas-facts">
        <dt>Patient</dt>
        <dd>
          <Link to={`/coordinator/patients/${entry.patientId}`}>{fullName(entry.patient)}</Link>, born {formatDate(entry.patient.dateOfBirth)}
        </dd>
        <dt>Community</dt>
        <dd>{entry.communityName}</dd>
        <dt>Status</dt>
        <dd>
          {words(entry.status)}
          {entry.proposal && ` to ${entry.proposal.providerName} until ${formatDate(entry.proposal.deadline)}`}
          {entry.status === 'PAUSED' && entry.pausedAt && ` since ${formatDateTime(entry.pausedAt)}`}
        </dd>
        <dt>Waiting since</dt>
        <dd>{formatDate(entry.registeredAt)}</dd>
        <dt>Priority</dt>
        <dd>
          {entry.priorityScore} ({entry.priorityPoints} points)
        </dd>
        <dt>Complexity</dt>
        <dd>{words(entry.complexity)}</dd>
        <dt>Language</dt>
        <dd>{languageName(entry.patient.preferredLanguage)}</dd>
        <dt>Household</dt>
        <dd>{entry.matchWithHousehold ? `Matched together (${entry.householdWaiting} waiting)` : 'Matched alone'}</dd>
        <dt>Could not be contacted</dt>
        <dd>
          {entry.contactFailures} {entry.contactFailures === 1 ? 'time' : 'times'} since the last confirmation
        </dd>
      </dl>
      <h3>Preferences</h3>
      <Preferences preferences={entry.preferences} language={entry.patient.preferredLanguage} />
    </section>
  );
}

/** /coordinator/entries/:entryId: one entry, the providers suggested for it, its transitions; resume it when paused. */
export function EntryPage() {
  const entryId = useParams().entryId ?? '';
  const entry = useEntry(entryId);
  const [message, setMessage] = useState<string>();
  return (
    <QueryView query={entry} what="the waitlist entry">
      {(data: Schemas['WaitlistEntry']) => (
        <>
          <PageTitle>{fullName(data.patient)}</PageTitle>
          {message && <Success>{message}</Success>}
          <Facts entry={data} />
          {data.status === 'PAUSED' && (
            <section aria-labelledby="paused" className="pas-panel">
              <h2 id="paused">Paused</h2>
              <p>
                Providers could not contact this person, so they are not offered to anyone. They keep their place. If they reached you
                and their contact details are right, resume them.
              </p>
              <ConfirmContact entry={data} onDone={setMessage} />
            </section>
          )}
          <Suggestions entry={data} onDone={setMessage} />
          <Transitions entryId={entryId} />
        </>
      )}
    </QueryView>
  );
}
