import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import type { Schemas } from '../../../lib/api';
import { useProviders } from '../../../api/providers';
import { fieldError } from '../../../components/fields';
import { CheckboxField, Form, SelectField, SubmitRow, TextAreaField, TextField } from '../../../components/form';
import { fullName, words } from '../../../lib/format';
import { usePropose } from '../api/waitlist-entries';

type Entry = Schemas['WaitlistEntry'];
type Done = (message: string) => void;

function ProposeForm({ entry, onDone }: { entry: Entry; onDone: Done }) {
  const providers = useProviders({ communityId: entry.communityId, accepting: true, size: 100 });
  const [providerId, setProviderId] = useState('');
  const [includeHousehold, setIncludeHousehold] = useState(entry.matchWithHousehold);
  const [deadlineDays, setDeadlineDays] = useState('14');
  const [note, setNote] = useState('');
  const propose = usePropose(entry.id);
  const name = fullName(entry.patient);
  const submit = () =>
    propose.mutate(
      { providerId, includeHousehold, deadlineDays: Number(deadlineDays) || undefined, note: note || undefined },
      {
        onSuccess: ({ entries }) =>
          onDone(`Proposed ${entries.length === 1 ? 'the patient' : `${entries.length} people`} to ${entries[0].proposal?.providerName ?? 'the provider'}.`),
      },
    );
  const items = providers.data?.items ?? [];
  return (
    <Form className="pas-form pas-inline-form" aria-label={`Propose ${name} to a provider`} onSubmit={submit}>
      <SelectField
        label="Provider with capacity"
        value={providerId}
        onChange={setProviderId}
        placeholder={providers.isPending ? 'Loading…' : items.length ? 'Choose a provider' : 'No provider is accepting here'}
        options={items.map((p) => ({ value: p.id, label: `${p.name} (${words(p.type)})` }))}
        required
        error={fieldError(propose.error, 'providerId')}
      />
      {entry.matchWithHousehold && <CheckboxField label="Propose the household together" checked={includeHousehold} onChange={setIncludeHousehold} />}
      <TextField
        label="Days to answer"
        type="number"
        min={1}
        max={60}
        value={deadlineDays}
        onChange={setDeadlineDays}
        className="pas-field--short"
        error={fieldError(propose.error, 'deadlineDays')}
      />
      <TextAreaField label="Note for the provider (optional)" value={note} onChange={setNote} maxLength={500} />
      <SubmitRow label="Propose" pending={propose.isPending} error={propose.error} errorTitle="Not proposed" />
    </Form>
  );
}

/** A waiting person: "Propose…" opens the form to propose them to a provider with capacity. */
export function ProposeAction({ entry, onDone }: { entry: Entry; onDone: Done }) {
  const [open, setOpen] = useState(false);
  if (entry.status !== 'WAITING') return <>—</>;
  if (open) return <ProposeForm entry={entry} onDone={onDone} />;
  return (
    <Button variant="secondary" size="small" onPress={() => setOpen(true)} aria-label={`Propose ${fullName(entry.patient)}`}>
      Propose…
    </Button>
  );
}
