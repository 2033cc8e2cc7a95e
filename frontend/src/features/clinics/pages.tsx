import { Button } from '@bcgov/design-system-react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../../app/me';
import { Form, SelectField, SubmitRow, TextField } from '../../components/form';
import { fieldError, optionsOf } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Table } from '../../components/Table';
import { Empty, ErrorAlert, QueryView, Success } from '../../components/status';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../lib/api';
import { formatDate, words } from '../../lib/format';
import { communityOptions, useCommunities } from '../shared/reference';

type Clinic = Schemas['Clinic'];
type Hours = Schemas['OpeningHours'];

const DAYS: Schemas['DayOfWeek'][] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const clinicKey = (clinicId: string) => ['clinic', clinicId] as const;

function useClinic(clinicId: string) {
  return useQuery({
    queryKey: clinicKey(clinicId),
    queryFn: () => unwrapWithEtag(api.GET('/clinics/{clinicId}', { params: { path: { clinicId } } })),
  });
}

function ClinicCard({ clinicId }: { clinicId: string }) {
  const clinic = useClinic(clinicId);
  return (
    <li className="pas-card">
      <QueryView query={clinic} what="the clinic">
        {({ data: c }) => (
          <>
            <h2>
              <Link to={`/clinics/${c.id}`}>{c.name}</Link>
            </h2>
            <p>
              {c.address.line1}, {c.address.city} · {c.communityName} · {words(c.status)}
            </p>
          </>
        )}
      </QueryView>
    </li>
  );
}

export function MyClinics() {
  const me = useMe();
  return (
    <>
      <PageTitle>My clinics</PageTitle>
      <p>The clinics you are medical director of. Keep their details, hours and staff current.</p>
      <QueryView query={me} what="your clinics">
        {(data) =>
          data.directedClinicIds.length === 0 ? (
            <Empty>You are not the medical director of any clinic.</Empty>
          ) : (
            <ul className="pas-card-list" aria-label="Clinics you direct">
              {data.directedClinicIds.map((id) => (
                <ClinicCard key={id} clinicId={id} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

// ---------------------------------------------------------------- details

function DetailsForm({ clinic, etag }: { clinic: Clinic; etag: string }) {
  const communities = useCommunities();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<Schemas['ClinicUpdate']>(() => ({
    name: clinic.name,
    address: { ...clinic.address, line2: clinic.address.line2 ?? '' },
    communityId: clinic.communityId,
    phone: clinic.phone,
    fax: clinic.fax ?? '',
    email: clinic.email ?? '',
    status: clinic.status,
  }));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/clinics/{clinicId}', {
          params: { path: { clinicId: clinic.id }, header: { 'If-Match': etag } },
          body: {
            ...value,
            address: { ...value.address, line2: value.address.line2 || undefined },
            fax: value.fax || undefined,
            email: value.email || undefined,
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clinicKey(clinic.id) }),
  });
  const err = (f: string) => fieldError(save.error, f);
  const setAddress = (key: keyof Clinic['address'], v: string) => setValue({ ...value, address: { ...value.address, [key]: v } });
  return (
    <Form
      className="pas-form"
      aria-labelledby="details-heading"
      onSubmit={() => {
        save.mutate();
      }}
    >
      <h2 id="details-heading">Details</h2>
      <TextField label="Clinic name" value={value.name} onChange={(v) => setValue({ ...value, name: v })} required error={err('name')} />
      <TextField label="Street address" value={value.address.line1} onChange={(v) => setAddress('line1', v)} required error={err('address.line1')} />
      <TextField label="Suite (optional)" value={value.address.line2 ?? ''} onChange={(v) => setAddress('line2', v)} error={err('address.line2')} />
      <TextField label="City" value={value.address.city} onChange={(v) => setAddress('city', v)} required error={err('address.city')} />
      <TextField
        label="Postal code"
        value={value.address.postalCode}
        onChange={(v) => setAddress('postalCode', v.toUpperCase())}
        maxLength={7}
        required
        error={err('address.postalCode')}
      />
      <SelectField
        label="Community"
        value={value.communityId}
        onChange={(v) => setValue({ ...value, communityId: v })}
        options={communityOptions(communities.data)}
        error={err('communityId')}
      />
      <TextField label="Phone" type="tel" value={value.phone} onChange={(v) => setValue({ ...value, phone: v })} required error={err('phone')} />
      <TextField label="Fax (optional)" type="tel" value={value.fax ?? ''} onChange={(v) => setValue({ ...value, fax: v })} error={err('fax')} />
      <TextField label="Email (optional)" type="email" value={value.email ?? ''} onChange={(v) => setValue({ ...value, email: v })} error={err('email')} />
      <SelectField
        label="Status"
        value={value.status}
        onChange={(v) => setValue({ ...value, status: v as Schemas['ClinicStatus'] })}
        options={optionsOf(['ACTIVE', 'INACTIVE'], words)}
      />
      {save.isSuccess && <Success>Details saved.</Success>}
      <SubmitRow label="Save details" pending={save.isPending} error={save.error} />
    </Form>
  );
}

// ---------------------------------------------------------------- hours

function HoursForm({ clinicId, initial, etag }: { clinicId: string; initial: Hours[]; etag: string }) {
  const queryClient = useQueryClient();
  // Monday first, then by opening time (the API's order is not the week's).
  const [rows, setRows] = useState<Hours[]>(() =>
    [...initial].sort((a, b) => DAYS.indexOf(a.dayOfWeek) - DAYS.indexOf(b.dayOfWeek) || a.opens.localeCompare(b.opens)),
  );
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/clinics/{clinicId}/hours', {
          params: { path: { clinicId }, header: { 'If-Match': etag } },
          body: { hours: rows },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clinic-hours', clinicId] }),
  });
  const update = (i: number, patch: Partial<Hours>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Form
      className="pas-form"
      aria-labelledby="hours-heading"
      onSubmit={() => {
        save.mutate();
      }}
    >
      <h2 id="hours-heading">Opening hours</h2>
      {rows.length === 0 && <Empty>No published hours.</Empty>}
      {rows.map((row, i) => (
        <fieldset key={i} className="pas-hours-row">
          <legend className="pas-visually-hidden">Opening {i + 1}</legend>
          <SelectField label="Day" value={row.dayOfWeek} onChange={(v) => update(i, { dayOfWeek: v as Schemas['DayOfWeek'] })} options={optionsOf(DAYS, words)} />
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

function HoursSection({ clinicId }: { clinicId: string }) {
  const hours = useQuery({
    queryKey: ['clinic-hours', clinicId],
    queryFn: () => unwrapWithEtag(api.GET('/clinics/{clinicId}/hours', { params: { path: { clinicId } } })),
  });
  return (
    <QueryView query={hours} what="the hours">
      {({ data, etag }) => <HoursForm clinicId={clinicId} initial={data.hours} etag={etag} />}
    </QueryView>
  );
}

// ---------------------------------------------------------------- staff

function AddStaff({ clinicId }: { clinicId: string }) {
  const queryClient = useQueryClient();
  const empty = (): Schemas['ClinicStaffInput'] => ({ kind: 'DELEGATE', name: '', email: '', providerId: '' });
  const [value, setValue] = useState(empty);
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/clinics/{clinicId}/staff', {
          params: { path: { clinicId } },
          body: { ...value, providerId: value.kind === 'PROVIDER' ? value.providerId || undefined : undefined },
        }),
      ),
    onSuccess: () => {
      setValue(empty());
      return queryClient.invalidateQueries({ queryKey: ['clinic-staff', clinicId] });
    },
  });
  const err = (f: string) => fieldError(add.error, f);
  return (
    <Form
      className="pas-form"
      aria-labelledby="add-staff-heading"
      onSubmit={() => {
        add.mutate();
      }}
    >
      <h3 id="add-staff-heading">Add a staff member</h3>
      <div className="pas-inline-fields">
        <SelectField
          label="Kind"
          value={value.kind}
          onChange={(v) => setValue({ ...value, kind: v as Schemas['StaffKind'] })}
          options={[
            { value: 'DELEGATE', label: 'Medical office assistant (delegate)' },
            { value: 'PROVIDER', label: 'Provider' },
          ]}
        />
        <TextField label="Name" value={value.name} onChange={(v) => setValue({ ...value, name: v })} required error={err('name')} />
        <TextField label="Email" type="email" value={value.email} onChange={(v) => setValue({ ...value, email: v })} required error={err('email')} />
        {value.kind === 'PROVIDER' && (
          <TextField
            label="Provider id"
            hint="From the provider registry."
            value={value.providerId ?? ''}
            onChange={(v) => setValue({ ...value, providerId: v })}
            error={err('providerId')}
          />
        )}
      </div>
      <SubmitRow label="Add staff member" pending={add.isPending} error={add.error} errorTitle="Not added" />
    </Form>
  );
}

function StaffSection({ clinicId }: { clinicId: string }) {
  const queryClient = useQueryClient();
  const staff = useQuery({
    queryKey: ['clinic-staff', clinicId],
    queryFn: () => unwrap(api.GET('/clinics/{clinicId}/staff', { params: { path: { clinicId }, query: { size: 100 } } })),
  });
  const remove = useMutation({
    mutationFn: (staffId: string) => unwrap(api.DELETE('/clinics/{clinicId}/staff/{staffId}', { params: { path: { clinicId, staffId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clinic-staff', clinicId] }),
  });
  return (
    <section aria-labelledby="staff-heading" className="pas-panel">
      <h2 id="staff-heading">Staff</h2>
      {remove.error != null && <ErrorAlert error={remove.error} title="Not removed" />}
      <QueryView query={staff} what="the staff">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No staff recorded.</Empty>
          ) : (
            <Table caption="Staff of the clinic" columns={['Name', 'Kind', 'Email', 'Since', '']}>
                {data.items.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td>{s.kind === 'DELEGATE' ? 'Medical office assistant' : 'Provider'}</td>
                    <td>{s.email}</td>
                    <td>{formatDate(s.addedAt)}</td>
                    <td>
                      <Button variant="tertiary" size="small" isDisabled={remove.isPending} onPress={() => remove.mutate(s.id)} aria-label={`Remove ${s.name}`}>
                        Remove
                      </Button>
                    </td>
                  </tr>
                ))}
              </Table>
          )
        }
      </QueryView>
      <AddStaff clinicId={clinicId} />
    </section>
  );
}

export function ClinicPage() {
  const { clinicId = '' } = useParams();
  const clinic = useClinic(clinicId);
  return (
    <QueryView query={clinic} what="the clinic">
      {({ data, etag }) => (
        <>
          <PageTitle>{data.name}</PageTitle>
          <p>
            {data.communityName}
            {data.medicalDirector && <> · Medical director: {data.medicalDirector.name}</>}
          </p>
          <HoursSection clinicId={clinicId} />
          <DetailsForm clinic={data} etag={etag} />
          <StaffSection clinicId={clinicId} />
        </>
      )}
    </QueryView>
  );
}
