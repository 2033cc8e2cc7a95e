import { useState } from 'react';
import { useCommunityChoices } from '../../../api/communities';
import { AddressFields } from '../../../components/AddressFields';
import { healthAuthorityValues, providerTypeValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextField } from '../../../components/form';
import { Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { communityOptions } from '../../../lib/reference';
import { useCreateClinic } from '../api/clinics';
import { useCreateCommunity } from '../api/communities';
import { useCreateProvider } from '../api/providers';

/** The state of a create form: the value, a setter per field, and back to empty after success. */
function useDraft<T extends object>(empty: () => T) {
  const [value, setValue] = useState(empty);
  const set = <K extends keyof T>(key: K, v: T[K]) => setValue({ ...value, [key]: v });
  return { value, set, reset: () => setValue(empty()) };
}

export function CreateCommunity() {
  const { value, set, reset } = useDraft((): Schemas['CommunityInput'] => ({ name: '', healthAuthority: 'FRASER', pcn: '' }));
  const create = useCreateCommunity();
  const err = (f: string) => fieldError(create.error, f);
  return (
    <Form className="pas-form" aria-labelledby="new-community" onSubmit={() => create.mutate({ ...value, pcn: value.pcn || undefined }, { onSuccess: reset })}>
      <h2 id="new-community">Add a community</h2>
      <div className="pas-inline-fields">
        <TextField label="Name" value={value.name} onChange={(v) => set('name', v)} required error={err('name')} />
        <SelectField label="Health authority" value={value.healthAuthority} onChange={(v) => set('healthAuthority', v)} options={optionsOf(healthAuthorityValues, words)} />
        <TextField label="Primary care network (optional)" value={value.pcn ?? ''} onChange={(v) => set('pcn', v)} error={err('pcn')} />
      </div>
      {create.isSuccess && <Success>Added {create.data.name}.</Success>}
      <SubmitRow label="Add community" pending={create.isPending} error={create.error} errorTitle="Not added" />
    </Form>
  );
}

export function CreateClinic() {
  const communities = useCommunityChoices();
  const { value, set, reset } = useDraft((): Schemas['ClinicCreate'] => ({
    name: '',
    address: { line1: '', city: '', province: 'BC', postalCode: '' },
    communityId: '',
    phone: '',
  }));
  const create = useCreateClinic();
  const err = (f: string) => fieldError(create.error, f);
  return (
    <Form className="pas-form" aria-labelledby="new-clinic" onSubmit={() => create.mutate(value, { onSuccess: reset })}>
      <h2 id="new-clinic">Add a clinic</h2>
      <div className="pas-inline-fields">
        <TextField label="Name" value={value.name} onChange={(v) => set('name', v)} required error={err('name')} />
        <AddressFields value={value.address} onChange={(address) => set('address', address)} err={err} />
        <SelectField
          label="Community"
          value={value.communityId}
          onChange={(v) => set('communityId', v)}
          placeholder="Choose a community"
          options={communityOptions(communities.data)}
          error={err('communityId')}
        />
        <TextField label="Phone" type="tel" value={value.phone} onChange={(v) => set('phone', v)} required error={err('phone')} />
      </div>
      {create.isSuccess && <Success>Added {create.data.name}.</Success>}
      <SubmitRow label="Add clinic" pending={create.isPending} error={create.error} errorTitle="Not added" />
    </Form>
  );
}

interface ProviderDraft {
  name: string;
  type: Schemas['ProviderType'];
  mspPractitionerNumber: string;
  email: string;
  subject: string;
  /** Language codes separated by commas or spaces. */
  languages: string;
}

export function CreateProvider() {
  const { value, set, reset } = useDraft((): ProviderDraft => ({ name: '', type: 'FAMILY_PHYSICIAN', mspPractitionerNumber: '', email: '', subject: '', languages: 'en' }));
  const create = useCreateProvider();
  const err = (f: string) => fieldError(create.error, f);
  const submit = () =>
    create.mutate(
      { ...value, subject: value.subject || undefined, languages: value.languages.split(/[\s,]+/).filter(Boolean) },
      { onSuccess: reset },
    );
  return (
    <Form className="pas-form" aria-labelledby="new-provider" onSubmit={submit}>
      <h2 id="new-provider">Register a provider</h2>
      <div className="pas-inline-fields">
        <TextField label="Name" value={value.name} onChange={(v) => set('name', v)} required error={err('name')} />
        <SelectField label="Type" value={value.type} onChange={(v) => set('type', v)} options={optionsOf(providerTypeValues, words)} />
        <TextField
          label="MSP practitioner number"
          value={value.mspPractitionerNumber}
          onChange={(v) => set('mspPractitionerNumber', v.toUpperCase())}
          maxLength={5}
          required
          error={err('mspPractitionerNumber')}
        />
        <TextField label="Email" type="email" value={value.email} onChange={(v) => set('email', v)} required error={err('email')} />
        <TextField label="Keycloak user id (optional)" value={value.subject} onChange={(v) => set('subject', v)} error={err('subject')} />
        <TextField label="Languages" hint="Codes such as en, fr, pa." value={value.languages} onChange={(v) => set('languages', v)} error={err('languages')} />
      </div>
      {create.isSuccess && <Success>Registered {create.data.name}.</Success>}
      <SubmitRow label="Register provider" pending={create.isPending} error={create.error} errorTitle="Not registered" />
    </Form>
  );
}
