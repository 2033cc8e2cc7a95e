import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { withdrawReasonValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextAreaField } from '../../../components/form';
import { ErrorAlert, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { useReconfirm, useWithdraw } from '../api/waitlist-entries';

function WithdrawForm({ patientId, entryId, onDone }: { patientId: string; entryId: string; onDone: () => void }) {
  const [reason, setReason] = useState<Schemas['WithdrawReason']>('FOUND_PROVIDER');
  const [note, setNote] = useState('');
  const withdraw = useWithdraw(patientId, entryId);
  return (
    <Form className="pas-form" onSubmit={() => withdraw.mutate({ reason, note: note || undefined }, { onSuccess: onDone })}>
      <h3>Leave the waitlist</h3>
      <SelectField label="Why are you leaving?" value={reason} onChange={setReason} options={optionsOf(withdrawReasonValues, words)} />
      <TextAreaField label="Note (optional)" value={note} onChange={setNote} maxLength={500} error={fieldError(withdraw.error, 'note')} />
      <SubmitRow label="Withdraw from the waitlist" pending={withdraw.isPending} error={withdraw.error} errorTitle="Not withdrawn" />
    </Form>
  );
}

/**
 * Reconfirm or leave the waitlist. A PAUSED entry is resumed by confirming the contact details (PausedNotice), so
 * it is only offered to leave (withdraw accepts WAITING, PROPOSED and PAUSED).
 */
export function EntryActions({ patient }: { patient: Schemas['Patient'] }) {
  const [withdrawing, setWithdrawing] = useState(false);
  const [done, setDone] = useState<string>();
  const entryId = patient.waitlistEntryId ?? '';
  const reconfirm = useReconfirm(patient.id, entryId);
  const finish = (message: string) => {
    setDone(message);
    setWithdrawing(false);
  };
  const status = patient.waitlistStatus;
  if (!entryId) return null;
  const paused = status === 'PAUSED';
  const canReconfirm = status === 'WAITING' || status === 'PROPOSED' || status === 'EXPIRED';
  const canWithdraw = status === 'WAITING' || status === 'PROPOSED' || paused;
  return (
    <section aria-labelledby="actions-heading" className="pas-panel">
      <h2 id="actions-heading">{paused ? 'No longer need a provider?' : 'Keep your place'}</h2>
      {done && <Success>{done}</Success>}
      {canReconfirm && (
        <>
          <p>
            {status === 'EXPIRED'
              ? 'Your registration expired because it was not reconfirmed. Reconfirm to get your place back.'
              : 'Every few months we ask you to confirm that you still need a provider.'}
          </p>
          {reconfirm.error != null && <ErrorAlert error={reconfirm.error} title="Not reconfirmed" />}
        </>
      )}
      {(canReconfirm || canWithdraw) && (
        <div className="pas-buttons">
          {canReconfirm && (
            <Button
              variant="primary"
              isDisabled={reconfirm.isPending}
              onPress={() => reconfirm.mutate(undefined, { onSuccess: () => finish('Thank you: you are still on the waitlist.') })}
            >
              I still need a provider
            </Button>
          )}
          {canWithdraw && !withdrawing && (
            <Button variant="secondary" onPress={() => setWithdrawing(true)}>
              Leave the waitlist…
            </Button>
          )}
        </div>
      )}
      {!canReconfirm && !canWithdraw && <p>There is nothing to do now.</p>}
      {withdrawing && <WithdrawForm patientId={patient.id} entryId={entryId} onDone={() => finish('You have left the waitlist.')} />}
    </section>
  );
}
