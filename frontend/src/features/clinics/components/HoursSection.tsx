import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { dayOfWeekValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextField } from '../../../components/form';
import { Empty, QueryView, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { useClinicHours, useSaveClinicHours } from '../api/clinics';

type Hours = Schemas['OpeningHours'];

/** Monday first, then by opening time (the API's order is not the week's). */
const byWeek = (a: Hours, b: Hours) => dayOfWeekValues.indexOf(a.dayOfWeek) - dayOfWeekValues.indexOf(b.dayOfWeek) || a.opens.localeCompare(b.opens);

function HoursForm({ clinicId, initial, etag }: { clinicId: string; initial: Hours[]; etag: string }) {
  const [rows, setRows] = useState<Hours[]>(() => [...initial].sort(byWeek));
  const save = useSaveClinicHours(clinicId, etag);
  const update = (i: number, patch: Partial<Hours>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Form className="pas-form" aria-labelledby="hours-heading" onSubmit={() => save.mutate(rows)}>
      <h2 id="hours-heading">Opening hours</h2>
      {rows.length === 0 && <Empty>No published hours.</Empty>}
      {rows.map((row, i) => (
        <fieldset key={i} className="pas-hours-row">
          <legend className="pas-visually-hidden">Opening {i + 1}</legend>
          <SelectField label="Day" value={row.dayOfWeek} onChange={(v) => update(i, { dayOfWeek: v })} options={optionsOf(dayOfWeekValues, words)} />
          <TextField label="Opens" type="time" value={row.opens} onChange={(v) => update(i, { opens: v })} error={fieldError(save.error, `hours[${i}].opens`)} />
          <TextField label="Closes" type="time" value={row.closes} onChange={(v) => update(i, { closes: v })} error={fieldError(save.error, `hours[${i}].closes`)} />
          <Button variant="tertiary" size="small" onPress={() => setRows(rows.filter((_, j) => j !== i))} aria-label={`Remove opening ${i + 1} (${words(row.dayOfWeek)})`}>
            Remove
          </Button>
        </fieldset>
      ))}
      <p>
        <Button variant="secondary" size="small" onPress={() => setRows([...rows, { dayOfWeek: 'MONDAY', opens: '09:00', closes: '17:00' }])}>
          Add opening hours
        </Button>
      </p>
      {fieldError(save.error, 'hours') && <p className="pas-field-error">{fieldError(save.error, 'hours')}</p>}
      {save.isSuccess && <Success>Hours saved.</Success>}
      <SubmitRow label="Save hours" pending={save.isPending} error={save.error} />
    </Form>
  );
}

/** The hours as a list, for those who do not edit them. */
function HoursList({ hours }: { hours: Hours[] }) {
  return (
    <section aria-labelledby="hours-heading" className="pas-panel">
      <h2 id="hours-heading">Opening hours</h2>
      {hours.length === 0 ? (
        <Empty>No published hours.</Empty>
      ) : (
        <ul>
          {[...hours].sort(byWeek).map((h, i) => (
            <li key={i}>
              {words(h.dayOfWeek)} {h.opens}–{h.closes}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The clinic's opening hours, edited as a whole week by those who may (`editable`), else listed. */
export function HoursSection({ clinicId, editable = true }: { clinicId: string; editable?: boolean }) {
  const hours = useClinicHours(clinicId);
  return (
    <QueryView query={hours} what="the hours">
      {({ data, etag }) => (editable ? <HoursForm clinicId={clinicId} initial={data.hours} etag={etag} /> : <HoursList hours={data.hours} />)}
    </QueryView>
  );
}
