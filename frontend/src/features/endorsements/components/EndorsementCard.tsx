import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { ErrorAlert, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useEndorsementAction } from '../api/endorsements';
import { ACTION_LABELS, STATUS_WORDS } from './words';

type Endorsement = Schemas['Endorsement'];

const party = (p: Schemas['EndorsementParty']) => (p.name ? `${p.name} (${p.email})` : p.email);

/** One endorsement with the actions the API says the caller may take now. */
export function EndorsementCard({ endorsement: fromList }: { endorsement: Endorsement }) {
  // The answer to our own action, until the list catches up (the card keeps its message meanwhile).
  const [updated, setUpdated] = useState<Endorsement>();
  const e = updated ?? fromList;
  const [done, setDone] = useState<string>();
  const mutation = useEndorsementAction(e.id);
  const act = (action: Schemas['EndorsementAction']) =>
    mutation.mutate(action, {
      onSuccess: (next) => {
        setUpdated(next);
        setDone(`${ACTION_LABELS[action]}: done. Status: ${STATUS_WORDS[next.status].toLowerCase()}.`);
      },
    });
  return (
    <li className="pas-card">
      <h2>
        {party(e.endorser)} endorses {party(e.endorsee)}
      </h2>
      <p>
        <span className={`pas-badge pas-badge--${e.status.toLowerCase()}`}>{STATUS_WORDS[e.status]}</span>
        {e.callerRole && <> · you are the {e.callerRole === 'ENDORSER' ? 'provider' : 'staff member'}</>}
        {' · '}started by the {e.initiatorRole === 'ENDORSER' ? 'provider' : 'staff member'} {formatDateTime(e.createdAt)}
        {e.expiresAt && <> · expires {formatDateTime(e.expiresAt)}</>}
      </p>
      {e.message && <blockquote>{e.message}</blockquote>}
      {done && <Success>{done}</Success>}
      {mutation.error != null && <ErrorAlert error={mutation.error} title="Not done" />}
      {e.allowedActions.length > 0 && (
        <div className="pas-buttons">
          {e.allowedActions.map((action) => (
            <Button
              key={action}
              variant={action === 'APPROVE' || action === 'CONFIRM' ? 'primary' : 'secondary'}
              danger={action === 'END'}
              isDisabled={mutation.isPending}
              onPress={() => act(action)}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
