import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { SelectField, TextAreaField } from '../../../components/form';
import { ErrorAlert } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { formatDate, formatDateTime, words } from '../../../lib/format';
import { useDismiss, useMerge } from '../api/duplicates';

function PatientCard({ title, p }: { title: string; p: Schemas['PatientSummary'] }) {
  return (
    <div>
      <h3>{title}</h3>
      <dl className="pas-facts">
        <dt>Name</dt>
        <dd>
          {p.givenNames} {p.familyName}
        </dd>
        <dt>PHN</dt>
        <dd>{p.phn}</dd>
        <dt>Born</dt>
        <dd>{formatDate(p.dateOfBirth)}</dd>
        <dt>Community</dt>
        <dd>{p.communityName}</dd>
      </dl>
    </div>
  );
}

/** An open possible duplicate: the two records side by side, to merge or dismiss. */
export function CandidateCard({ c, onDone }: { c: Schemas['DuplicateCandidate']; onDone: (m: string) => void }) {
  const [survivor, setSurvivor] = useState(c.patientA.id);
  const [note, setNote] = useState('');
  const merge = useMerge(c.id);
  const dismiss = useDismiss(c.id);
  const busy = merge.isPending || dismiss.isPending;
  const label = (letter: string, p: Schemas['PatientSummary']) => `${letter}: ${p.givenNames} ${p.familyName} (${p.phn})`;
  return (
    <li className="pas-card">
      <h2>
        Possible duplicate, score {c.score} — {c.matchReasons.map(words).join(', ')}
      </h2>
      <p>Found {formatDateTime(c.detectedAt)}</p>
      <div className="pas-streams">
        <PatientCard title="Record A" p={c.patientA} />
        <PatientCard title="Record B" p={c.patientB} />
      </div>
      <SelectField
        label="Record to keep when merging"
        value={survivor}
        onChange={setSurvivor}
        options={[
          { value: c.patientA.id, label: label('A', c.patientA) },
          { value: c.patientB.id, label: label('B', c.patientB) },
        ]}
      />
      <TextAreaField label="Note (optional)" value={note} onChange={setNote} maxLength={500} />
      {(merge.error ?? dismiss.error) != null && <ErrorAlert error={merge.error ?? dismiss.error} title="Not done" />}
      <div className="pas-buttons">
        <Button
          variant="primary"
          isDisabled={busy}
          onPress={() =>
            merge.mutate({ survivorPatientId: survivor, note: note || undefined }, { onSuccess: () => onDone('Merged: the other record now points to the one you kept.') })
          }
        >
          Merge
        </Button>
        <Button
          variant="secondary"
          isDisabled={busy}
          onPress={() => dismiss.mutate({ note: note || undefined }, { onSuccess: () => onDone('Dismissed: these are two different people.') })}
        >
          Not a duplicate
        </Button>
      </div>
    </li>
  );
}
