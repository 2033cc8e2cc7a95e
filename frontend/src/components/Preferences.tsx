import { Fragment } from 'react';
import type { PendingSchemas } from '../api/pending-contract';
import { preferenceFacts } from '../lib/matching';

/** A waitlist entry's patient preferences (what the provider should know before attaching). */
export function Preferences({ entry }: { entry: PendingSchemas['WaitlistEntry'] }) {
  if (!entry.preferences) return <p>No preferences recorded.</p>;
  return (
    <dl className="pas-facts">
      {preferenceFacts(entry.preferences, entry.patient.preferredLanguage).map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
