import { genderValues, registrantRelationshipValues } from '../../../api/schema';
import { useCommunityChoices } from '../../../api/communities';
import { fieldError, optionsOf } from '../../../components/fields';
import { CheckboxField, SelectField, TextField } from '../../../components/form';
import { words } from '../../../lib/format';
import { phnProblem } from '../../../lib/phn';
import { LANGUAGES, communityOptions } from '../../../lib/reference';
import { normalisePostalCode, type Details } from './details';

interface FieldsProps {
  value: Details;
  onChange: (next: Details) => void;
  /** The API's message for a field of the last failed attempt. */
  err: (field: string) => string | undefined;
}

function WhoFields({ value, onChange, err, withPhn }: FieldsProps & { withPhn: boolean }) {
  const set = <K extends keyof Details>(key: K, v: Details[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset>
      <legend>Who is this?</legend>
      {withPhn && (
        <>
          <SelectField
            label="Relationship to you"
            value={value.relationshipToRegistrant}
            onChange={(v) => set('relationshipToRegistrant', v)}
            options={optionsOf(registrantRelationshipValues, words)}
          />
          <TextField
            label="Personal Health Number (PHN)"
            hint="10 digits, on the back of the BC Services Card."
            value={value.phn}
            onChange={(v) => set('phn', v.replace(/\s/g, ''))}
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            required
            error={phnProblem(value.phn) ?? err('phn')}
          />
        </>
      )}
      <TextField label="Given names" value={value.givenNames} onChange={(v) => set('givenNames', v)} autoComplete="given-name" required error={err('givenNames')} />
      <TextField label="Family name" value={value.familyName} onChange={(v) => set('familyName', v)} autoComplete="family-name" required error={err('familyName')} />
      <TextField label="Date of birth" type="date" value={value.dateOfBirth} onChange={(v) => set('dateOfBirth', v)} required error={err('dateOfBirth')} />
      <SelectField label="Gender" value={value.gender} onChange={(v) => set('gender', v)} options={optionsOf(genderValues, words)} />
    </fieldset>
  );
}

function AddressFields({ value, onChange, err }: FieldsProps) {
  const communities = useCommunityChoices();
  const setAddress = (key: keyof Details['address'], v: string) => onChange({ ...value, address: { ...value.address, [key]: v } });
  return (
    <fieldset>
      <legend>Where do you live?</legend>
      <TextField label="Street address" value={value.address.line1} onChange={(v) => setAddress('line1', v)} autoComplete="address-line1" required error={err('address.line1')} />
      <TextField
        label="Apartment or suite (optional)"
        value={value.address.line2 ?? ''}
        onChange={(v) => setAddress('line2', v)}
        autoComplete="address-line2"
        error={err('address.line2')}
      />
      <TextField label="City" value={value.address.city} onChange={(v) => setAddress('city', v)} autoComplete="address-level2" required error={err('address.city')} />
      <TextField
        label="Postal code"
        hint="For example V6H 1A5."
        value={value.address.postalCode}
        onChange={(v) => setAddress('postalCode', normalisePostalCode(v))}
        autoComplete="postal-code"
        maxLength={7}
        required
        error={err('address.postalCode')}
      />
      <SelectField
        label="Community where you want a provider"
        value={value.communityId}
        onChange={(v) => onChange({ ...value, communityId: v })}
        placeholder={communities.isPending ? 'Loading communities…' : 'Choose a community'}
        options={communityOptions(communities.data)}
        required
        error={err('communityId') ?? (communities.isError ? 'The list of communities could not be loaded.' : undefined)}
      />
    </fieldset>
  );
}

function ContactFields({ value, onChange, err }: FieldsProps) {
  const set = <K extends keyof Details>(key: K, v: Details[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset>
      <legend>How can a clinic reach you?</legend>
      <TextField label="Phone (optional)" type="tel" value={value.phone ?? ''} onChange={(v) => set('phone', v)} autoComplete="tel" error={err('phone')} />
      <TextField label="Email (optional)" type="email" value={value.email ?? ''} onChange={(v) => set('email', v)} autoComplete="email" error={err('email')} />
      <SelectField
        label="Preferred language"
        value={value.preferredLanguage}
        onChange={(v) => set('preferredLanguage', v)}
        options={LANGUAGES}
        error={err('preferredLanguage')}
      />
      <CheckboxField
        label="Share my registration with providers and coordinators in my community"
        hint="Providers can only offer you a place if you agree."
        checked={value.consentToShare}
        onChange={(v) => set('consentToShare', v)}
      />
      <CheckboxField
        label="Match me together with my household"
        hint="Everyone who asks for this is offered to the same provider."
        checked={value.matchWithHousehold}
        onChange={(v) => set('matchWithHousehold', v)}
      />
    </fieldset>
  );
}

/** The person's details: who, where and how to reach them. Registering also asks relationship and PHN. */
export function DetailsFields({ value, onChange, error, withPhn }: Omit<FieldsProps, 'err'> & { error: unknown; withPhn: boolean }) {
  const err = (field: string) => fieldError(error, field);
  return (
    <>
      <WhoFields value={value} onChange={onChange} err={err} withPhn={withPhn} />
      <AddressFields value={value} onChange={onChange} err={err} />
      <ContactFields value={value} onChange={onChange} err={err} />
    </>
  );
}
