import { useState } from 'react';
import { genderValues, panelRemovalReasonValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { CheckboxField, Form, SelectField, SubmitRow, TextField } from '../../../components/form';
import { Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { phnProblem } from '../../../lib/phn';
import { useAddPanelMember, useRemovePanelMember } from '../api/panel';

/** Remove one patient from the panel, with a reason (and back to the waitlist if PAS attached them). */
export function RemoveMember({ providerId, member, onDone }: { providerId: string; member: Schemas['PanelMember']; onDone: () => void }) {
  const [reason, setReason] = useState<Schemas['PanelRemovalReason']>('PATIENT_REQUEST');
  const [returnToWaitlist, setReturn] = useState(false);
  const remove = useRemovePanelMember(providerId);
  return (
    <Form
      className="pas-form pas-inline-form"
      onSubmit={() => remove.mutate({ patientId: member.patientId, reason, returnToWaitlist }, { onSuccess: onDone })}
      aria-label={`Remove ${member.givenNames} ${member.familyName}`}
    >
      <SelectField label="Reason" value={reason} onChange={setReason} options={optionsOf(panelRemovalReasonValues, words)} />
      {member.source === 'PAS_ATTACHMENT' && (
        <CheckboxField label="Put the patient back on the waitlist" checked={returnToWaitlist} onChange={setReturn} />
      )}
      <SubmitRow label="Remove from panel" pending={remove.isPending} error={remove.error} errorTitle="Not removed" />
    </Form>
  );
}

const emptyMember = (): Schemas['PanelMemberInput'] => ({
  phn: '',
  familyName: '',
  givenNames: '',
  dateOfBirth: '',
  gender: 'UNDISCLOSED',
  postalCode: '',
  since: '',
});

/** Add a patient to the panel by hand. */
export function AddMember({ providerId }: { providerId: string }) {
  const [value, setValue] = useState(emptyMember);
  const add = useAddPanelMember(providerId);
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) => setValue({ ...value, [key]: v });
  const err = (field: string) => fieldError(add.error, field);
  const submit = () => {
    if (phnProblem(value.phn) || !value.phn) return;
    add.mutate({ ...value, postalCode: value.postalCode || undefined, since: value.since || undefined }, { onSuccess: () => setValue(emptyMember()) });
  };
  return (
    <Form className="pas-form" aria-labelledby="add-member-heading" onSubmit={submit}>
      <h2 id="add-member-heading">Add a patient</h2>
      <div className="pas-inline-fields">
        <TextField label="PHN" value={value.phn} onChange={(v) => set('phn', v.replace(/\s/g, ''))} inputMode="numeric" required error={phnProblem(value.phn) ?? err('phn')} />
        <TextField label="Given names" value={value.givenNames} onChange={(v) => set('givenNames', v)} required error={err('givenNames')} />
        <TextField label="Family name" value={value.familyName} onChange={(v) => set('familyName', v)} required error={err('familyName')} />
        <TextField label="Date of birth" type="date" value={value.dateOfBirth} onChange={(v) => set('dateOfBirth', v)} required error={err('dateOfBirth')} />
        <SelectField label="Gender" value={value.gender} onChange={(v) => set('gender', v)} options={optionsOf(genderValues, words)} />
        <TextField label="Postal code (optional)" value={value.postalCode ?? ''} onChange={(v) => set('postalCode', v.toUpperCase())} maxLength={7} error={err('postalCode')} />
        <TextField label="Patient since (optional)" type="date" value={value.since ?? ''} onChange={(v) => set('since', v)} error={err('since')} />
      </div>
      {add.isSuccess && <Success>Added {add.data.givenNames} {add.data.familyName} to the panel.</Success>}
      <SubmitRow label="Add to panel" pending={add.isPending} error={add.error} errorTitle="Not added" />
    </Form>
  );
}
