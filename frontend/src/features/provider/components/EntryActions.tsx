import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import type { Schemas } from '../../../lib/api';
import { declineReasonValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextAreaField } from '../../../components/form';
import { ErrorAlert } from '../../../components/status';
import { fullName, words } from '../../../lib/format';
import { useAttach, useDecline } from '../api/waitlist-entries';

type Entry = Schemas['WaitlistEntry'];
type Done = (message: string) => void;

function DeclineForm({ entry, providerId, onDone }: { entry: Entry; providerId: string; onDone: Done }) {
  const [reason, setReason] = useState<Schemas['DeclineReason']>('PANEL_FULL');
  const [note, setNote] = useState('');
  const decline = useDecline(providerId);
  const name = fullName(entry.patient);
  const submit = () =>
    decline.mutate(
      { entryId: entry.id, body: { reason, note: note || undefined } },
      { onSuccess: () => onDone(`Declined ${name}; they keep their place on the waitlist.`) },
    );
  return (
    <Form className="pas-form pas-inline-form" aria-label={`Decline ${name}`} onSubmit={submit}>
      <SelectField label="Reason" value={reason} onChange={setReason} options={optionsOf(declineReasonValues, words)} />
      <TextAreaField label="Note (required for Other)" value={note} onChange={setNote} maxLength={500} error={fieldError(decline.error, 'note')} />
      <SubmitRow label="Decline" pending={decline.isPending} error={decline.error} errorTitle="Not declined" />
    </Form>
  );
}

function AttachButton({ entry, providerId, onDone }: { entry: Entry; providerId: string; onDone: Done }) {
  const household = entry.proposal?.householdProposal ?? (entry.matchWithHousehold && entry.householdWaiting > 1);
  const attach = useAttach(providerId);
  const name = fullName(entry.patient);
  const press = () =>
    attach.mutate(
      { entryId: entry.id, includeHousehold: household },
      { onSuccess: (result) => onDone(`Attached ${result.entries.map((e) => fullName(e.patient)).join(', ')} to the panel.`) },
    );
  return (
    <div className="pas-action">
      <Button variant="primary" size="small" isDisabled={attach.isPending} onPress={press} aria-label={`Attach ${name}`}>
        {household ? 'Attach with household' : 'Attach'}
      </Button>
      {attach.error != null && <ErrorAlert error={attach.error} title={`${name} was not attached`} />}
    </div>
  );
}

/** What the provider may do with a waitlist entry: attach a waiting person, or answer a proposal. */
export function ProviderEntryActions({ entry, providerId, onDone }: { entry: Entry; providerId: string; onDone: Done }) {
  const [declining, setDeclining] = useState(false);
  const proposedToMe = entry.status === 'PROPOSED' && entry.proposal?.providerId === providerId;
  if (entry.status !== 'WAITING' && !proposedToMe) return <>—</>;
  return (
    <>
      <AttachButton entry={entry} providerId={providerId} onDone={onDone} />
      {proposedToMe &&
        (declining ? (
          <DeclineForm entry={entry} providerId={providerId} onDone={onDone} />
        ) : (
          <Button variant="tertiary" size="small" onPress={() => setDeclining(true)}>
            Decline…
          </Button>
        ))}
    </>
  );
}
