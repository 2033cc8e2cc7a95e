import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../../api/me';
import { providerGenderValues } from '../../../api/schema';
import { fieldError, optionsOf, type Option } from '../../../components/fields';
import { CheckboxField, Form, SelectField, SubmitRow, TextField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { useRoles } from '../../../lib/auth';
import { words } from '../../../lib/format';
import { LANGUAGES, languageName } from '../../../lib/reference';
import { useUpdateProfile, useProviderProfile } from '../api/profile';
import { useProviderId } from './useProviderId';

type Provider = Schemas['Provider'];
type ProviderGender = Schemas['ProviderGender'];

const GENDERS: Option<ProviderGender | ''>[] = [{ value: '', label: 'Not stated' }, ...optionsOf(providerGenderValues, words)];

/** The languages offered as choices: the usual ones, and any other the profile already has. */
const languageChoices = (current: string[]): Option[] => [
  ...LANGUAGES,
  ...current.filter((code) => !LANGUAGES.some((l) => l.value === code)).map((code) => ({ value: code, label: code })),
];

function ProfileForm({ provider, etag }: { provider: Provider; etag: string }) {
  const [name, setName] = useState(provider.name);
  const [email, setEmail] = useState(provider.email);
  const [phone, setPhone] = useState(provider.phone ?? '');
  const [gender, setGender] = useState<ProviderGender | ''>(provider.gender ?? '');
  const [languages, setLanguages] = useState(provider.languages);
  const save = useUpdateProfile(provider.id, etag);
  const err = (f: string) => fieldError(save.error, f);
  const submit = () =>
    save.mutate({
      // What only an admin changes goes back as it is (another value would be refused with 403).
      subject: provider.subject,
      type: provider.type,
      mspPractitionerNumber: provider.mspPractitionerNumber,
      status: provider.status,
      name,
      email,
      phone: phone.trim() || null,
      languages,
      // Not stated is left out (ProviderUpdate is a full replacement: leaving it out clears it).
      gender: gender || undefined,
    });
  const languagesErrorId = useId();
  const languagesError = err('languages');
  return (
    <Form className="pas-form" aria-labelledby="profile-form-heading" onSubmit={submit}>
      <h2 id="profile-form-heading">Your details</h2>
      <TextField label="Name" value={name} onChange={setName} autoComplete="name" required error={err('name')} />
      <TextField label="Email" type="email" value={email} onChange={setEmail} autoComplete="email" required error={err('email')} />
      <TextField label="Phone (optional)" type="tel" value={phone} onChange={setPhone} autoComplete="tel" error={err('phone')} />
      <SelectField
        label="Gender (optional)"
        hint="Patients may ask for a provider of a particular gender."
        value={gender}
        onChange={setGender}
        options={GENDERS}
        error={err('gender')}
      />
      <fieldset className={languagesError ? 'pas-field--invalid' : undefined} aria-describedby={languagesError ? languagesErrorId : undefined}>
        <legend>Languages you offer care in</legend>
        {languagesError && (
          <p id={languagesErrorId} className="pas-field-error">
            {languagesError}
          </p>
        )}
        {languageChoices(provider.languages).map((l) => (
          <CheckboxField
            key={l.value}
            label={l.label}
            checked={languages.includes(l.value)}
            onChange={(on) => setLanguages(on ? [...languages, l.value] : languages.filter((code) => code !== l.value))}
          />
        ))}
      </fieldset>
      {save.isSuccess && <Success>Profile saved.</Success>}
      <SubmitRow label="Save profile" pending={save.isPending} error={save.error} />
    </Form>
  );
}

function Facts({ provider: p, editable }: { provider: Provider; editable: boolean }) {
  return (
    <dl className="pas-facts">
      <dt>Type</dt>
      <dd>{words(p.type)}</dd>
      <dt>MSP practitioner number</dt>
      <dd>{p.mspPractitionerNumber}</dd>
      <dt>Status</dt>
      <dd>{words(p.status)}</dd>
      {!editable && (
        <>
          <dt>Email</dt>
          <dd>{p.email}</dd>
          <dt>Phone</dt>
          <dd>{p.phone ?? '—'}</dd>
          <dt>Gender</dt>
          <dd>{p.gender ? words(p.gender) : 'Not stated'}</dd>
          <dt>Languages</dt>
          <dd>{p.languages.map(languageName).join(', ') || '—'}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * /providers/:providerId/profile: the provider's own profile (name, contact, gender, languages) and their clinics.
 * The provider themselves and admins change it (updateProvider); a delegate sees it.
 */
export function ProfilePage() {
  const providerId = useProviderId();
  const me = useMe();
  const roles = useRoles();
  const profile = useProviderProfile(providerId);
  const editable = me.data?.providerId === providerId || roles.includes('admin');
  return (
    <>
      <PageTitle>Profile</PageTitle>
      <QueryView query={profile} what="the profile">
        {({ data, etag }) => (
          <>
            <section aria-labelledby="registry-heading" className="pas-panel">
              <h2 id="registry-heading">{data.name}</h2>
              <Facts provider={data} editable={editable} />
              <p className="pas-hint">Type, MSP number and status are kept by the registry administrators.</p>
            </section>
            {editable ? <ProfileForm provider={data} etag={etag} /> : <p>Only {data.name} can change this profile.</p>}
            <section aria-labelledby="clinics-heading" className="pas-panel">
              <h2 id="clinics-heading">Clinics</h2>
              {data.clinics.length === 0 ? (
                <Empty>Not on the staff of any clinic.</Empty>
              ) : (
                <ul aria-labelledby="clinics-heading">
                  {data.clinics.map((c) => (
                    <li key={c.clinicId}>
                      <Link to={`/clinics/${c.clinicId}`}>{c.clinicName}</Link> · {c.communityName}
                    </li>
                  ))}
                </ul>
              )}
              <p className="pas-hint">A clinic’s medical director keeps its staff list.</p>
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}
