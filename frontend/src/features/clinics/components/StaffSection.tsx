import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { fieldError, type Option } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextField } from '../../../components/form';
import { Empty, ErrorAlert, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import type { Schemas } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useAddStaff, useClinicStaff, useRemoveStaff } from '../api/clinics';

type StaffInput = Schemas['ClinicStaffInput'];

const KINDS: Option<Schemas['StaffKind']>[] = [
  { value: 'DELEGATE', label: 'Medical office assistant (delegate)' },
  { value: 'PROVIDER', label: 'Provider' },
];

const emptyStaff = (): StaffInput => ({ kind: 'DELEGATE', name: '', email: '', providerId: '' });

function AddStaff({ clinicId }: { clinicId: string }) {
  const [value, setValue] = useState(emptyStaff);
  const add = useAddStaff(clinicId);
  const err = (f: string) => fieldError(add.error, f);
  const set = <K extends keyof StaffInput>(key: K, v: StaffInput[K]) => setValue({ ...value, [key]: v });
  const submit = () =>
    add.mutate(
      { ...value, providerId: value.kind === 'PROVIDER' ? value.providerId || undefined : undefined },
      { onSuccess: () => setValue(emptyStaff()) },
    );
  return (
    <Form className="pas-form" aria-labelledby="add-staff-heading" onSubmit={submit}>
      <h3 id="add-staff-heading">Add a staff member</h3>
      <div className="pas-inline-fields">
        <SelectField label="Kind" value={value.kind} onChange={(v) => set('kind', v)} options={KINDS} />
        <TextField label="Name" value={value.name} onChange={(v) => set('name', v)} required error={err('name')} />
        <TextField label="Email" type="email" value={value.email} onChange={(v) => set('email', v)} required error={err('email')} />
        {value.kind === 'PROVIDER' && (
          <TextField label="Provider id" hint="From the provider registry." value={value.providerId ?? ''} onChange={(v) => set('providerId', v)} error={err('providerId')} />
        )}
      </div>
      <SubmitRow label="Add staff member" pending={add.isPending} error={add.error} errorTitle="Not added" />
    </Form>
  );
}

/** Who works at the clinic; add and remove them when `editable`. */
export function StaffSection({ clinicId, editable = true }: { clinicId: string; editable?: boolean }) {
  const staff = useClinicStaff(clinicId);
  const remove = useRemoveStaff(clinicId);
  return (
    <section aria-labelledby="staff-heading" className="pas-panel">
      <h2 id="staff-heading">Staff</h2>
      {remove.error != null && <ErrorAlert error={remove.error} title="Not removed" />}
      <QueryView query={staff} what="the staff">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No staff recorded.</Empty>
          ) : (
            <Table caption="Staff of the clinic" columns={editable ? ['Name', 'Kind', 'Email', 'Since', ''] : ['Name', 'Kind', 'Email', 'Since']}>
              {data.items.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{s.kind === 'DELEGATE' ? 'Medical office assistant' : 'Provider'}</td>
                  <td>{s.email}</td>
                  <td>{formatDate(s.addedAt)}</td>
                  {editable && (
                    <td>
                      <Button variant="tertiary" size="small" isDisabled={remove.isPending} onPress={() => remove.mutate(s.id)} aria-label={`Remove ${s.name}`}>
                        Remove
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </Table>
          )
        }
      </QueryView>
      {editable && <AddStaff clinicId={clinicId} />}
    </section>
  );
}
