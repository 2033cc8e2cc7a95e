import { Fragment } from 'react';
import type { Schemas } from '../lib/api';
import { preferenceFacts } from '../lib/matching';

/** A patient's preferences (what the provider should know before attaching); `language`: the patient's. */
export function Preferences({ preferences, language }: { preferences: Schemas['PatientPreferences']; language?: string }) {
  return (
    <dl className="pas-facts">
      {preferenceFacts(preferences, language).map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
