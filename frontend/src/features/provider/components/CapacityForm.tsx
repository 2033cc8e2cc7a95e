import { useState } from 'react';
import { fieldError } from '../../../components/fields';
import { CheckboxField, Form, SubmitRow, TextAreaField, TextField } from '../../../components/form';
import { Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { useSaveCapacity } from '../api/capacity';

const inputOf = (c: Schemas['Capacity']): Schemas['CapacityInput'] => ({
  acceptingNewPatients: c.acceptingNewPatients,
  monthlyCapacity: c.monthlyCapacity,
  desiredPanelSize: c.desiredPanelSize,
  complexityMix: c.complexityMix,
  notes: c.notes ?? '',
});

function NumberField({ label, value, onChange, max, error }: { label: string; value: number; onChange: (v: number) => void; max: number; error?: string }) {
  return (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      value={Number.isNaN(value) ? '' : String(value)}
      onChange={(v) => onChange(v === '' ? Number.NaN : Number(v))}
      error={error}
      className="pas-field--short"
    />
  );
}

/** Change the capacity: saving also confirms it. The complexity mix must add up to 100 %. */
export function CapacityForm({ capacity, etag, providerId }: { capacity: Schemas['Capacity']; etag: string; providerId: string }) {
  const [value, setValue] = useState(() => inputOf(capacity));
  const save = useSaveCapacity(providerId, etag);
  const mix = value.complexityMix;
  const mixTotal = mix.lowPercent + mix.moderatePercent + mix.highPercent;
  const mixError = mixTotal !== 100 ? `The three shares add up to ${mixTotal} %; they must add up to 100 %.` : undefined;
  const setMix = (key: keyof typeof mix, v: number) => setValue({ ...value, complexityMix: { ...mix, [key]: v } });
  const err = (field: string) => fieldError(save.error, field);
  const submit = () => {
    if (!mixError) save.mutate({ ...value, notes: value.notes || undefined });
  };
  return (
    <Form className="pas-form" onSubmit={submit} aria-labelledby="capacity-form-heading">
      <h2 id="capacity-form-heading">Change your capacity</h2>
      <p>Saving also confirms your capacity for another {capacity.staleAfterDays} days.</p>
      <CheckboxField label="Accepting new patients" checked={value.acceptingNewPatients} onChange={(v) => setValue({ ...value, acceptingNewPatients: v })} />
      <NumberField
        label="New patients per month"
        max={500}
        value={value.monthlyCapacity}
        onChange={(v) => setValue({ ...value, monthlyCapacity: v })}
        error={err('monthlyCapacity')}
      />
      <NumberField
        label="Desired panel size"
        max={5000}
        value={value.desiredPanelSize}
        onChange={(v) => setValue({ ...value, desiredPanelSize: v })}
        error={err('desiredPanelSize')}
      />
      <fieldset>
        <legend>Mix of patients by complexity (percent)</legend>
        <div className="pas-inline-fields">
          <NumberField label="Low" max={100} value={mix.lowPercent} onChange={(v) => setMix('lowPercent', v)} />
          <NumberField label="Moderate" max={100} value={mix.moderatePercent} onChange={(v) => setMix('moderatePercent', v)} />
          <NumberField label="High" max={100} value={mix.highPercent} onChange={(v) => setMix('highPercent', v)} />
        </div>
        {(mixError ?? err('complexityMix')) && (
          <p className="pas-field-error" role="alert">
            {mixError ?? err('complexityMix')}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Notes for coordinators (optional, no patient information)"
        value={value.notes ?? ''}
        onChange={(v) => setValue({ ...value, notes: v })}
        maxLength={1000}
        error={err('notes')}
      />
      {save.isSuccess && <Success>Capacity saved and confirmed.</Success>}
      <SubmitRow label="Save capacity" pending={save.isPending} error={save.error} />
    </Form>
  );
}
