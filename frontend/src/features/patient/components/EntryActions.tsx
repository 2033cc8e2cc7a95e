import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { withdrawReasonValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextAreaField } from '../../../components/form';
import { ErrorAlert, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { useT } from '../../../i18n';
import { words } from '../../../lib/format';
import { useReconfirm, useWithdraw } from '../api/waitlist-entries';

function WithdrawForm({ patientId, entryId, onDone }: { patientId: string; entryId: string; onDone: () => void }) {
  const [reason, setReason] = useState<Schemas['WithdrawReason']>('FOUND_PROVIDER');
  const [note, setNote] = useState('');
  const withdraw = useWithdraw(patientId, entryId);
  const t = useT();
  return (
    <Form className="pas-form" onSubmit={() => withdraw.mutate({ reason, note: note || undefined }, { onSuccess: onDone })}>
      <h3>{t('patient.withdraw.title')}</h3>
      <SelectField label={t('patient.withdraw.reason')} value={reason} onChange={setReason} options={optionsOf(withdrawReasonValues, words)} />
      <TextAreaField label={t('patient.withdraw.note')} value={note} onChange={setNote} maxLength={500} error={fieldError(withdraw.error, 'note')} />
      <SubmitRow label={t('patient.withdraw.submit')} pending={withdraw.isPending} error={withdraw.error} errorTitle={t('patient.withdraw.failed')} />
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
  const t = useT();
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
      <h2 id="actions-heading">{paused ? t('patient.actions.titlePaused') : t('patient.actions.title')}</h2>
      {done && <Success>{done}</Success>}
      {canReconfirm && (
        <>
          <p>
            {status === 'EXPIRED'
              ? t('patient.actions.expired')
              : t('patient.actions.reconfirmWhy')}
          </p>
          {reconfirm.error != null && <ErrorAlert error={reconfirm.error} title={t('patient.actions.notReconfirmed')} />}
        </>
      )}
      {(canReconfirm || canWithdraw) && (
        <div className="pas-buttons">
          {canReconfirm && (
            <Button
              variant="primary"
              isDisabled={reconfirm.isPending}
              onPress={() => reconfirm.mutate(undefined, { onSuccess: () => finish(t('patient.actions.reconfirmed')) })}
            >
              {t('patient.actions.reconfirm')}
            </Button>
          )}
          {canWithdraw && !withdrawing && (
            <Button variant="secondary" onPress={() => setWithdrawing(true)}>
              {t('patient.actions.leave')}
            </Button>
          )}
        </div>
      )}
      {!canReconfirm && !canWithdraw && <p>{t('patient.actions.nothing')}</p>}
      {withdrawing && <WithdrawForm patientId={patient.id} entryId={entryId} onDone={() => finish(t('patient.actions.withdrawn'))} />}
    </section>
  );
}
