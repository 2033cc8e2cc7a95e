import { useState } from 'react';
import { useCommunityChoices } from '../../../api/communities';
import { AddressFields } from '../../../components/AddressFields';
import { clinicStatusValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextField } from '../../../components/form';
import { Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { communityOptions } from '../../../lib/reference';
import { useUpdateClinic } from '../api/clinics';

type Clinic = Schemas['Clinic'];
type ClinicUpdate = Schemas['ClinicUpdate'];

const updateOf = (clinic: Clinic): ClinicUpdate => ({
  name: clinic.name,
  address: { ...clinic.address, line2: clinic.address.line2 ?? '' },
  communityId: clinic.communityId,
  phone: clinic.phone,
  fax: clinic.fax ?? '',
  email: clinic.email ?? '',
  status: clinic.status,
});

/** The clinic's name, address, community, contact and status. */
export function DetailsForm({ clinic, etag }: { clinic: Clinic; etag: string }) {
  const communities = useCommunityChoices();
  const [value, setValue] = useState(() => updateOf(clinic));
  const save = useUpdateClinic(clinic.id, etag);
  const err = (f: string) => fieldError(save.error, f);
  const set = <K extends keyof ClinicUpdate>(key: K, v: ClinicUpdate[K]) => setValue({ ...value, [key]: v });
  const submit = () =>
    save.mutate({
      ...value,
      address: { ...value.address, line2: value.address.line2 || undefined },
      fax: value.fax || undefined,
      email: value.email || undefined,
    });
  return (
    <Form className="pas-form" aria-labelledby="details-heading" onSubmit={submit}>
      <h2 id="details-heading">Details</h2>
      <TextField label="Clinic name" value={value.name} onChange={(v) => set('name', v)} required error={err('name')} />
      <AddressFields value={value.address} onChange={(address) => set('address', address)} err={err} line2Label="Suite (optional)" />
      <SelectField label="Community" value={value.communityId} onChange={(v) => set('communityId', v)} options={communityOptions(communities.data)} error={err('communityId')} />
      <TextField label="Phone" type="tel" value={value.phone} onChange={(v) => set('phone', v)} required error={err('phone')} />
      <TextField label="Fax (optional)" type="tel" value={value.fax ?? ''} onChange={(v) => set('fax', v)} error={err('fax')} />
      <TextField label="Email (optional)" type="email" value={value.email ?? ''} onChange={(v) => set('email', v)} error={err('email')} />
      <SelectField label="Status" value={value.status} onChange={(v) => set('status', v)} options={optionsOf(clinicStatusValues, words)} />
      {save.isSuccess && <Success>Details saved.</Success>}
      <SubmitRow label="Save details" pending={save.isPending} error={save.error} />
    </Form>
  );
}
