import { useT } from '../i18n';
import type { Schemas } from '../lib/api';
import { TextField } from './form';

type Address = Schemas['Address'];

/**
 * The street, (with `line2Label`) the suite, the city and the postal code of a clinic's BC address.
 * `err` gives the API's message for a field (`address.city`, ...).
 */
export function AddressFields({
  value,
  onChange,
  err,
  line2Label,
}: {
  value: Address;
  onChange: (next: Address) => void;
  err: (field: string) => string | undefined;
  line2Label?: string;
}) {
  const t = useT();
  const set = (key: 'line1' | 'line2' | 'city' | 'postalCode', v: string) => onChange({ ...value, [key]: v });
  return (
    <>
      <TextField label={t('common.address.street')} value={value.line1} onChange={(v) => set('line1', v)} required error={err('address.line1')} />
      {line2Label && <TextField label={line2Label} value={value.line2 ?? ''} onChange={(v) => set('line2', v)} error={err('address.line2')} />}
      <TextField label={t('common.address.city')} value={value.city} onChange={(v) => set('city', v)} required error={err('address.city')} />
      <TextField
        label={t('common.address.postalCode')}
        value={value.postalCode}
        onChange={(v) => set('postalCode', v.toUpperCase())}
        maxLength={7}
        required
        error={err('address.postalCode')}
      />
    </>
  );
}
