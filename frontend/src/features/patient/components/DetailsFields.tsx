import { genderValues, registrantRelationshipValues } from '../../../api/schema';
import { useCommunityChoices } from '../../../api/communities';
import { fieldError, optionsOf } from '../../../components/fields';
import { CheckboxField, SelectField, TextField } from '../../../components/form';
import { LOCALES, useT } from '../../../i18n';
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
  const t = useT();
  const set = <K extends keyof Details>(key: K, v: Details[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset>
      <legend>{t('patient.details.who')}</legend>
      {withPhn && (
        <>
          <SelectField
            label={t('patient.details.relationship')}
            value={value.relationshipToRegistrant}
            onChange={(v) => set('relationshipToRegistrant', v)}
            options={optionsOf(registrantRelationshipValues, words)}
          />
          <TextField
            label={t('patient.details.phn')}
            hint={t('patient.details.phnHint')}
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
      <TextField label={t('patient.details.givenNames')} value={value.givenNames} onChange={(v) => set('givenNames', v)} autoComplete="given-name" required error={err('givenNames')} />
      <TextField label={t('patient.details.familyName')} value={value.familyName} onChange={(v) => set('familyName', v)} autoComplete="family-name" required error={err('familyName')} />
      <TextField label={t('patient.details.dateOfBirth')} type="date" value={value.dateOfBirth} onChange={(v) => set('dateOfBirth', v)} required error={err('dateOfBirth')} />
      <SelectField label={t('patient.details.gender')} value={value.gender} onChange={(v) => set('gender', v)} options={optionsOf(genderValues, words)} />
    </fieldset>
  );
}

function AddressFields({ value, onChange, err }: FieldsProps) {
  const communities = useCommunityChoices();
  const t = useT();
  const setAddress = (key: keyof Details['address'], v: string) => onChange({ ...value, address: { ...value.address, [key]: v } });
  return (
    <fieldset>
      <legend>{t('patient.details.where')}</legend>
      <TextField label={t('patient.details.street')} value={value.address.line1} onChange={(v) => setAddress('line1', v)} autoComplete="address-line1" required error={err('address.line1')} />
      <TextField
        label={t('patient.details.suite')}
        value={value.address.line2 ?? ''}
        onChange={(v) => setAddress('line2', v)}
        autoComplete="address-line2"
        error={err('address.line2')}
      />
      <TextField label={t('patient.details.city')} value={value.address.city} onChange={(v) => setAddress('city', v)} autoComplete="address-level2" required error={err('address.city')} />
      <TextField
        label={t('patient.details.postalCode')}
        hint={t('patient.details.postalCodeHint')}
        value={value.address.postalCode}
        onChange={(v) => setAddress('postalCode', normalisePostalCode(v))}
        autoComplete="postal-code"
        maxLength={7}
        required
        error={err('address.postalCode')}
      />
      <SelectField
        label={t('patient.details.community')}
        value={value.communityId}
        onChange={(v) => onChange({ ...value, communityId: v })}
        placeholder={communities.isPending ? t('patient.details.communitiesLoading') : t('patient.details.communityChoose')}
        options={communityOptions(communities.data)}
        required
        error={err('communityId') ?? (communities.isError ? t('patient.details.communitiesFailed') : undefined)}
      />
    </fieldset>
  );
}

function ContactFields({ value, onChange, err }: FieldsProps) {
  const t = useT();
  const set = <K extends keyof Details>(key: K, v: Details[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset>
      <legend>{t('patient.details.contact')}</legend>
      <TextField label={t('patient.details.phone')} type="tel" value={value.phone ?? ''} onChange={(v) => set('phone', v)} autoComplete="tel" error={err('phone')} />
      <TextField label={t('patient.details.email')} type="email" value={value.email ?? ''} onChange={(v) => set('email', v)} autoComplete="email" error={err('email')} />
      <SelectField
        label={t('patient.details.preferredLanguage')}
        value={value.preferredLanguage}
        onChange={(v) => set('preferredLanguage', v)}
        options={LANGUAGES}
        error={err('preferredLanguage')}
      />
      <SelectField
        label={t('patient.details.emailLanguage')}
        hint={t('patient.details.emailLanguageHint')}
        value={value.preferredLocale ?? 'en'}
        onChange={(v) => set('preferredLocale', v)}
        options={LOCALES.map((l) => ({ value: l.tag, label: l.name, lang: l.tag }))}
        error={err('preferredLocale')}
      />
      <CheckboxField
        label={t('patient.details.consent')}
        hint={t('patient.details.consentHint')}
        checked={value.consentToShare}
        onChange={(v) => set('consentToShare', v)}
      />
      <CheckboxField
        label={t('patient.details.household')}
        hint={t('patient.details.householdHint')}
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
