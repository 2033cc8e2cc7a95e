import { Button, InlineAlert } from '@bcgov/design-system-react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useMe } from '../../app/me';
import { CheckboxField, Form, SelectField, SubmitRow, TextAreaField, TextField } from '../../components/form';
import { fieldError, optionsOf } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Table } from '../../components/Table';
import { Pager } from '../../components/Pager';
import { Empty, ErrorAlert, QueryView, Success } from '../../components/status';
import { api, idempotencyKey, unwrap, unwrapWithEtag, type Schemas } from '../../lib/api';
import { formatDate, formatDateTime, words } from '../../lib/format';
import { phnProblem } from '../../lib/phn';
import { WaitlistBrowser } from '../shared/waitlist';
import { emptyFilters, waitlistQuery } from '../shared/waitlistQuery';
import { DECLINE_REASONS, GENDERS } from '../shared/reference';

const useProviderId = () => useParams().providerId ?? '';

function useProvider(providerId: string) {
  return useQuery({
    queryKey: ['provider', providerId],
    queryFn: () => unwrap(api.GET('/providers/{providerId}', { params: { path: { providerId } } })),
  });
}

// ---------------------------------------------------------------- layout: whose screens, and their tabs

export function ProviderLayout() {
  const providerId = useProviderId();
  const me = useMe();
  const provider = useProvider(providerId);
  const actingFor = me.data?.actingFor.find((a) => a.providerId === providerId);
  const own = me.data?.providerId === providerId;
  const name = provider.data?.name ?? actingFor?.providerName;
  const tabs = [
    { to: '', label: 'Capacity' },
    { to: 'panel', label: 'Panel' },
    { to: 'panel-files', label: 'Panel files' },
    { to: 'proposals', label: 'Proposals' },
    { to: 'waitlist', label: 'Community waitlist' },
  ];
  return (
    <>
      <p className="pas-context" role="note">
        {own ? 'Your practice' : actingFor ? `You are acting for ${name}` : `Provider: ${name ?? providerId}`}
        {actingFor && (
          <>
            {' '}
            · <Link to="/acting-for">act for someone else</Link>
          </>
        )}
      </p>
      <nav aria-label="Provider screens" className="pas-tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={`/providers/${providerId}${tab.to ? `/${tab.to}` : ''}`} end>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

// ---------------------------------------------------------------- delegate: choose whom to act for

export function ActingForPage() {
  const me = useMe();
  return (
    <>
      <PageTitle>Act for a provider</PageTitle>
      <p>You can work for the providers who endorsed you. Everything you do is recorded with both your names.</p>
      <QueryView query={me} what="the providers you act for">
        {(data) =>
          data.actingFor.length === 0 ? (
            <Empty>
              No provider has endorsed you yet. <Link to="/endorsements">Ask a provider to endorse you</Link>.
            </Empty>
          ) : (
            <ul className="pas-card-list" aria-label="Providers you act for">
              {data.actingFor.map((a) => (
                <li key={a.providerId} className="pas-card">
                  <h2>{a.providerName}</h2>
                  <p className="pas-buttons">
                    <Link to={`/providers/${a.providerId}`}>Capacity</Link>
                    <Link to={`/providers/${a.providerId}/panel`}>Panel</Link>
                    <Link to={`/providers/${a.providerId}/panel-files`}>Panel files</Link>
                    <Link to={`/providers/${a.providerId}/proposals`}>Proposals</Link>
                    <Link to={`/providers/${a.providerId}/waitlist`}>Community waitlist</Link>
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

// ---------------------------------------------------------------- capacity

type CapacityInput = Schemas['CapacityInput'];

const inputOf = (c: Schemas['Capacity']): CapacityInput => ({
  acceptingNewPatients: c.acceptingNewPatients,
  monthlyCapacity: c.monthlyCapacity,
  desiredPanelSize: c.desiredPanelSize,
  complexityMix: c.complexityMix,
  notes: c.notes ?? '',
});

function NumberField({
  label,
  value,
  onChange,
  min = 0,
  max,
  hint,
  error,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  min?: number;
  max: number;
  hint?: string;
  error?: string;
}) {
  return (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      hint={hint}
      value={Number.isNaN(value) ? '' : String(value)}
      onChange={(v) => onChange(v === '' ? Number.NaN : Number(v))}
      error={error}
      className="pas-field--short"
    />
  );
}

function CapacityForm({ capacity, etag, providerId }: { capacity: Schemas['Capacity']; etag: string; providerId: string }) {
  const [value, setValue] = useState(() => inputOf(capacity));
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/providers/{providerId}/capacity', {
          params: { path: { providerId }, header: { 'If-Match': etag } },
          body: { ...value, notes: value.notes || undefined },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['capacity', providerId] }),
  });
  const mix = value.complexityMix;
  const mixTotal = mix.lowPercent + mix.moderatePercent + mix.highPercent;
  const mixError = mixTotal !== 100 ? `The three shares add up to ${mixTotal} %; they must add up to 100 %.` : undefined;
  const setMix = (key: keyof typeof mix, v: number) => setValue({ ...value, complexityMix: { ...mix, [key]: v } });
  const submit = () => {
    if (!mixError) save.mutate();
  };
  return (
    <Form className="pas-form" onSubmit={submit} aria-labelledby="capacity-form-heading">
      <h2 id="capacity-form-heading">Change your capacity</h2>
      <p>Saving also confirms your capacity for another {capacity.staleAfterDays} days.</p>
      <CheckboxField
        label="Accepting new patients"
        checked={value.acceptingNewPatients}
        onChange={(v) => setValue({ ...value, acceptingNewPatients: v })}
      />
      <NumberField
        label="New patients per month"
        max={500}
        value={value.monthlyCapacity}
        onChange={(v) => setValue({ ...value, monthlyCapacity: v })}
        error={fieldError(save.error, 'monthlyCapacity')}
      />
      <NumberField
        label="Desired panel size"
        max={5000}
        value={value.desiredPanelSize}
        onChange={(v) => setValue({ ...value, desiredPanelSize: v })}
        error={fieldError(save.error, 'desiredPanelSize')}
      />
      <fieldset>
        <legend>Mix of patients by complexity (percent)</legend>
        <div className="pas-inline-fields">
          <NumberField label="Low" max={100} value={mix.lowPercent} onChange={(v) => setMix('lowPercent', v)} />
          <NumberField label="Moderate" max={100} value={mix.moderatePercent} onChange={(v) => setMix('moderatePercent', v)} />
          <NumberField label="High" max={100} value={mix.highPercent} onChange={(v) => setMix('highPercent', v)} />
        </div>
        {(mixError ?? fieldError(save.error, 'complexityMix')) && (
          <p className="pas-field-error" role="alert">
            {mixError ?? fieldError(save.error, 'complexityMix')}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Notes for coordinators (optional, no patient information)"
        value={value.notes ?? ''}
        onChange={(v) => setValue({ ...value, notes: v })}
        maxLength={1000}
        error={fieldError(save.error, 'notes')}
      />
      {save.isSuccess && <Success>Capacity saved and confirmed.</Success>}
      <SubmitRow label="Save capacity" pending={save.isPending} error={save.error} />
    </Form>
  );
}

export function CapacityPage() {
  const providerId = useProviderId();
  const queryClient = useQueryClient();
  const capacity = useQuery({
    queryKey: ['capacity', providerId],
    queryFn: () => unwrapWithEtag(api.GET('/providers/{providerId}/capacity', { params: { path: { providerId } } })),
  });
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/providers/{providerId}/capacity/confirm', { params: { path: { providerId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['capacity', providerId] }),
  });
  return (
    <>
      <PageTitle>Capacity</PageTitle>
      <QueryView query={capacity} what="the capacity">
        {({ data: c, etag }) => (
          <>
            <section aria-labelledby="capacity-now" className="pas-panel">
              <h2 id="capacity-now">Now</h2>
              {c.stale && (
                <InlineAlert variant="warning" role="status" title="Your capacity needs confirming">
                  <p>{c.staleReason ?? 'You are not offered patients until you confirm your capacity.'}</p>
                </InlineAlert>
              )}
              <dl className="pas-facts">
                <dt>Accepting new patients</dt>
                <dd>{c.acceptingNewPatients ? 'Yes' : 'No'}</dd>
                <dt>This month</dt>
                <dd>
                  {c.usedThisMonth} attached of {c.monthlyCapacity}; {c.remainingThisMonth} places left
                </dd>
                <dt>Panel</dt>
                <dd>
                  {c.currentPanelSize} patients (you want {c.desiredPanelSize})
                </dd>
                <dt>Offered patients</dt>
                <dd>{c.offeredPatients ? 'Yes' : 'No'}</dd>
                <dt>Last confirmed</dt>
                <dd>{c.lastConfirmedAt ? formatDateTime(c.lastConfirmedAt) : 'Never'}</dd>
              </dl>
              {c.lastConfirmedAt && (
                <div className="pas-buttons">
                  {confirm.error != null && <ErrorAlert error={confirm.error} title="Not confirmed" />}
                  <Button variant="secondary" isDisabled={confirm.isPending} onPress={() => confirm.mutate()}>
                    Confirm it is still true
                  </Button>
                  {confirm.isSuccess && <Success>Confirmed. Thank you.</Success>}
                </div>
              )}
            </section>
            <CapacityForm capacity={c} etag={etag} providerId={providerId} />
          </>
        )}
      </QueryView>
    </>
  );
}

// ---------------------------------------------------------------- panel

const REMOVAL_REASONS = [
  'PATIENT_REQUEST',
  'PATIENT_MOVED',
  'PATIENT_DECEASED',
  'PROVIDER_LEAVING',
  'NOT_SEEN',
  'ADDED_IN_ERROR',
  'OTHER',
] as const;

function RemoveMember({ providerId, member, onDone }: { providerId: string; member: Schemas['PanelMember']; onDone: () => void }) {
  const [reason, setReason] = useState<Schemas['PanelRemovalReason']>('PATIENT_REQUEST');
  const [returnToWaitlist, setReturn] = useState(false);
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/providers/{providerId}/panel/members/{patientId}', {
          params: { path: { providerId, patientId: member.patientId }, query: { reason, returnToWaitlist } },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <Form
      className="pas-form pas-inline-form"
      onSubmit={() => {
        remove.mutate();
      }}
      aria-label={`Remove ${member.givenNames} ${member.familyName}`}
    >
      <SelectField
        label="Reason"
        value={reason}
        onChange={(v) => setReason(v as Schemas['PanelRemovalReason'])}
        options={optionsOf(REMOVAL_REASONS, words)}
      />
      {member.source === 'PAS_ATTACHMENT' && (
        <CheckboxField label="Put the patient back on the waitlist" checked={returnToWaitlist} onChange={setReturn} />
      )}
      <SubmitRow label="Remove from panel" pending={remove.isPending} error={remove.error} errorTitle="Not removed" />
    </Form>
  );
}

const emptyMember = (): Schemas['PanelMemberInput'] => ({
  phn: '',
  familyName: '',
  givenNames: '',
  dateOfBirth: '',
  gender: 'UNDISCLOSED',
  postalCode: '',
  since: '',
});

function AddMember({ providerId }: { providerId: string }) {
  const [value, setValue] = useState(emptyMember);
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/providers/{providerId}/panel', {
          params: { path: { providerId } },
          body: { ...value, postalCode: value.postalCode || undefined, since: value.since || undefined },
        }),
      ),
    onSuccess: () => {
      setValue(emptyMember());
      return queryClient.invalidateQueries({ queryKey: ['panel', providerId] });
    },
  });
  const set = (key: keyof typeof value, v: string) => setValue({ ...value, [key]: v });
  const err = (field: string) => fieldError(add.error, field);
  return (
    <Form
      className="pas-form"
      aria-labelledby="add-member-heading"
      onSubmit={() => {
        if (!phnProblem(value.phn) && value.phn) add.mutate();
      }}
    >
      <h2 id="add-member-heading">Add a patient</h2>
      <div className="pas-inline-fields">
        <TextField label="PHN" value={value.phn} onChange={(v) => set('phn', v.replace(/\s/g, ''))} inputMode="numeric" required error={phnProblem(value.phn) ?? err('phn')} />
        <TextField label="Given names" value={value.givenNames} onChange={(v) => set('givenNames', v)} required error={err('givenNames')} />
        <TextField label="Family name" value={value.familyName} onChange={(v) => set('familyName', v)} required error={err('familyName')} />
        <TextField label="Date of birth" type="date" value={value.dateOfBirth} onChange={(v) => set('dateOfBirth', v)} required error={err('dateOfBirth')} />
        <SelectField label="Gender" value={value.gender} onChange={(v) => set('gender', v)} options={optionsOf(GENDERS, words)} />
        <TextField label="Postal code (optional)" value={value.postalCode ?? ''} onChange={(v) => set('postalCode', v.toUpperCase())} maxLength={7} error={err('postalCode')} />
        <TextField label="Patient since (optional)" type="date" value={value.since ?? ''} onChange={(v) => set('since', v)} error={err('since')} />
      </div>
      {add.isSuccess && <Success>Added {add.data.givenNames} {add.data.familyName} to the panel.</Success>}
      <SubmitRow label="Add to panel" pending={add.isPending} error={add.error} errorTitle="Not added" />
    </Form>
  );
}

export function PanelPage() {
  const providerId = useProviderId();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [removing, setRemoving] = useState<string>();
  const [removed, setRemoved] = useState<string>();
  const panel = useQuery({
    queryKey: ['panel', providerId, search, page],
    queryFn: () =>
      unwrap(
        api.GET('/providers/{providerId}/panel', {
          params: { path: { providerId }, query: { q: search || undefined, page, size: 20 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageTitle>Panel</PageTitle>
      <Form
        role="search"
        className="pas-search"
        onSubmit={() => {
          setPage(0);
          setSearch(q.trim());
        }}
      >
        <TextField label="Search by name or PHN" value={q} onChange={setQ} type="search" />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </Form>
      {removed && <Success>{removed}</Success>}
      <QueryView query={panel} what="the panel">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{search ? `No patient on the panel matches “${search}”.` : 'No patients on the panel yet.'}</Empty>
          ) : (
            <>
              <Table caption="Patients on the panel" columns={['Name', 'PHN', 'Date of birth', 'Source', 'Since', '']}>
                  {data.items.map((m) => (
                    <tr key={m.patientId}>
                      <td>
                        {m.familyName}, {m.givenNames}
                      </td>
                      <td>{m.phn}</td>
                      <td>{formatDate(m.dateOfBirth)}</td>
                      <td>{words(m.source)}</td>
                      <td>{formatDate(m.since)}</td>
                      <td>
                        {removing === m.patientId ? (
                          <RemoveMember
                            providerId={providerId}
                            member={m}
                            onDone={() => {
                              setRemoving(undefined);
                              setRemoved(`Removed ${m.givenNames} ${m.familyName} from the panel.`);
                              void queryClient.invalidateQueries({ queryKey: ['panel', providerId] });
                            }}
                          />
                        ) : (
                          <Button
                            variant="tertiary"
                            size="small"
                            onPress={() => setRemoving(m.patientId)}
                            aria-label={`Remove ${m.givenNames} ${m.familyName}`}
                          >
                            Remove…
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </Table>
              <Pager data={data} onPage={setPage} label="patients" />
            </>
          )
        }
      </QueryView>
      <AddMember providerId={providerId} />
    </>
  );
}

// ---------------------------------------------------------------- panel files

const running = (s?: Schemas['PanelSubmission']) => s?.status === 'RECEIVED' || s?.status === 'PROCESSING';

function SubmissionRows({ providerId, submissionId }: { providerId: string; submissionId: string }) {
  const [result, setResult] = useState<string>('REJECTED');
  const [page, setPage] = useState(0);
  const rows = useQuery({
    queryKey: ['panel-submission-rows', providerId, submissionId, result, page],
    queryFn: () =>
      unwrap(
        api.GET('/providers/{providerId}/panel/submissions/{submissionId}/rows', {
          params: {
            path: { providerId, submissionId },
            query: { result: (result || undefined) as Schemas['PanelRowResult'] | undefined, page, size: 50 },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  return (
    <section aria-labelledby="rows-heading">
      <h3 id="rows-heading">Rows</h3>
      <SelectField
        label="Show rows"
        value={result}
        onChange={(v) => {
          setResult(v);
          setPage(0);
        }}
        placeholder="All rows"
        options={optionsOf(['ADDED', 'REMOVED', 'UNCHANGED', 'REJECTED'], words)}
      />
      <QueryView query={rows} what="the rows">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No rows to show.</Empty>
          ) : (
            <>
              <Table caption="Rows of the file" columns={['Row', 'PHN', 'Family name', 'Result', 'Problems']}>
                  {data.items.map((r, i) => (
                    <tr key={`${r.rowNumber ?? 'x'}-${r.phn ?? ''}-${i}`}>
                      <td>{r.rowNumber ?? '—'}</td>
                      <td>{r.phn ?? '—'}</td>
                      <td>{r.familyName ?? '—'}</td>
                      <td>{words(r.result)}</td>
                      <td>{r.errors.map((e) => `${e.field}: ${e.message}`).join('; ') || '—'}</td>
                    </tr>
                  ))}
                </Table>
              <Pager data={data} onPage={setPage} label="rows" />
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function SubmissionView({ providerId, submissionId }: { providerId: string; submissionId: string }) {
  const queryClient = useQueryClient();
  const submission = useQuery({
    queryKey: ['panel-submission', providerId, submissionId],
    queryFn: () =>
      unwrap(
        api.GET('/providers/{providerId}/panel/submissions/{submissionId}', {
          params: { path: { providerId, submissionId } },
        }),
      ),
    // Poll while the file is processed in the background.
    refetchInterval: (query) => (running(query.state.data) ? 1000 : false),
  });
  const s = submission.data;
  const finished = s != null && !running(s);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['panel', providerId] });
  }, [finished, providerId, queryClient]);
  return (
    <section aria-labelledby="submission-heading" className="pas-panel">
      <h2 id="submission-heading">File {s?.fileName ?? ''}</h2>
      <QueryView query={submission} what="the upload">
        {(s) => (
          <>
            <p role="status" aria-live="polite">
              <strong>{words(s.status)}</strong>
              {running(s) ? ` — ${s.rowsProcessed} of ${s.rowsTotal} rows` : ''}
              {s.status === 'COMPLETED' && (s.applied ? ' — the panel was updated.' : ' — nothing changed.')}
              {s.status === 'REJECTED' && ' — the panel was not changed: fix the rejected rows and upload again.'}
            </p>
            <label className="pas-progress">
              Progress
              <progress max={100} value={s.percentComplete}>
                {s.percentComplete} %
              </progress>
              <span>{s.percentComplete} %</span>
            </label>
            {s.failureReason && <ErrorAlert error={new Error(s.failureReason)} title="The file could not be processed" />}
            <dl className="pas-facts">
              <dt>Added</dt>
              <dd>{s.added}</dd>
              <dt>Removed</dt>
              <dd>{s.removed}</dd>
              <dt>Unchanged</dt>
              <dd>{s.unchanged}</dd>
              <dt>Rejected</dt>
              <dd>{s.rejected}</dd>
            </dl>
            {!running(s) && <SubmissionRows providerId={providerId} submissionId={s.id} />}
          </>
        )}
      </QueryView>
    </section>
  );
}

function UploadForm({ providerId, onUploaded }: { providerId: string; onUploaded: (id: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Schemas['PanelSubmissionMode']>('APPLY_VALID_ROWS');
  const [source, setSource] = useState<Schemas['PanelSubmissionSource']>('TELEPLAN');
  const [missing, setMissing] = useState(false);
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen, chosen.name);
      form.append('mode', mode);
      form.append('source', source);
      return unwrap(
        api.POST('/providers/{providerId}/panel/submissions', {
          params: { path: { providerId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { file: '', mode, source },
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: (submission) => {
      onUploaded(submission.id);
      return queryClient.invalidateQueries({ queryKey: ['panel-submissions', providerId] });
    },
  });
  return (
    <Form
      className="pas-form"
      aria-labelledby="upload-heading"
      onSubmit={() => {
        setMissing(!file);
        if (file) upload.mutate(file);
      }}
    >
      <h2 id="upload-heading">Upload a panel file</h2>
      <p>
        The CSV file from your billing system, with the header <code>phn,surname,given_names,date_of_birth,gender,postal_code</code>.
        It replaces your panel; patients attached through PAS and those added by hand in the last 90 days are kept.
      </p>
      <div className={`pas-field${missing ? ' pas-field--invalid' : ''}`}>
        <label htmlFor="panel-file">Panel file (CSV, at most 10 MB)</label>
        <input
          id="panel-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={missing ? 'panel-file-error' : undefined}
          aria-invalid={missing || undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {(missing || fieldError(upload.error, 'file')) && (
          <p id="panel-file-error" className="pas-field-error">
            {missing ? 'Choose a file to upload.' : fieldError(upload.error, 'file')}
          </p>
        )}
      </div>
      <SelectField
        label="If some rows have problems"
        value={mode}
        onChange={(v) => setMode(v as Schemas['PanelSubmissionMode'])}
        options={[
          { value: 'APPLY_VALID_ROWS', label: 'Apply the valid rows' },
          { value: 'ALL_OR_NOTHING', label: 'Change nothing (all or nothing)' },
        ]}
      />
      <SelectField
        label="Billing system"
        value={source}
        onChange={(v) => setSource(v as Schemas['PanelSubmissionSource'])}
        options={optionsOf(['TELEPLAN', 'DR_BILL'], words)}
      />
      <SubmitRow label="Upload" pending={upload.isPending} error={upload.error} errorTitle="Not uploaded" />
    </Form>
  );
}

export function PanelFilesPage() {
  const providerId = useProviderId();
  const [current, setCurrent] = useState<string>();
  const submissions = useQuery({
    queryKey: ['panel-submissions', providerId],
    queryFn: () =>
      unwrap(api.GET('/providers/{providerId}/panel/submissions', { params: { path: { providerId }, query: { size: 10 } } })),
  });
  return (
    <>
      <PageTitle>Panel files</PageTitle>
      <UploadForm providerId={providerId} onUploaded={setCurrent} />
      {current && <SubmissionView key={current} providerId={providerId} submissionId={current} />}
      <section aria-labelledby="previous-heading">
        <h2 id="previous-heading">Recent uploads</h2>
        <QueryView query={submissions} what="the uploads">
          {(data) =>
            data.items.length === 0 ? (
              <Empty>No files uploaded yet.</Empty>
            ) : (
              <Table caption="Recent panel files" columns={['File', 'Uploaded', 'Status', 'Added / removed / rejected']}>
                  {data.items.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Button variant="link" onPress={() => setCurrent(s.id)}>
                          {s.fileName}
                        </Button>
                      </td>
                      <td>{formatDateTime(s.submittedAt)}</td>
                      <td>{words(s.status)}</td>
                      <td>
                        {s.added} / {s.removed} / {s.rejected}
                      </td>
                    </tr>
                  ))}
                </Table>
            )
          }
        </QueryView>
      </section>
    </>
  );
}

// ---------------------------------------------------------------- proposals and the community waitlist

function DeclineForm({ entry, onDone }: { entry: Schemas['WaitlistEntry']; onDone: (m: string) => void }) {
  const [reason, setReason] = useState<Schemas['DeclineReason']>('PANEL_FULL');
  const [note, setNote] = useState('');
  const decline = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/waitlist-entries/{entryId}/decline', {
          params: { path: { entryId: entry.id } },
          body: { reason, note: note || undefined },
        }),
      ),
    onSuccess: () => onDone(`Declined ${entry.patient.givenNames} ${entry.patient.familyName}; they keep their place on the waitlist.`),
  });
  return (
    <Form
      className="pas-form pas-inline-form"
      aria-label={`Decline ${entry.patient.givenNames} ${entry.patient.familyName}`}
      onSubmit={() => {
        decline.mutate();
      }}
    >
      <SelectField label="Reason" value={reason} onChange={(v) => setReason(v as Schemas['DeclineReason'])} options={optionsOf(DECLINE_REASONS, words)} />
      <TextAreaField label="Note (required for Other)" value={note} onChange={setNote} maxLength={500} error={fieldError(decline.error, 'note')} />
      <SubmitRow label="Decline" pending={decline.isPending} error={decline.error} errorTitle="Not declined" />
    </Form>
  );
}

function AttachButton({ entry, providerId, onDone }: { entry: Schemas['WaitlistEntry']; providerId: string; onDone: (m: string) => void }) {
  const household = entry.proposal?.householdProposal ?? (entry.matchWithHousehold && entry.householdWaiting > 1);
  const attach = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/waitlist-entries/{entryId}/attach', {
          params: { path: { entryId: entry.id } },
          body: { providerId, includeHousehold: household },
        }),
      ),
    onSuccess: (result) =>
      onDone(
        `Attached ${result.entries.map((e) => `${e.patient.givenNames} ${e.patient.familyName}`).join(', ')} to the panel.`,
      ),
  });
  const name = `${entry.patient.givenNames} ${entry.patient.familyName}`;
  return (
    <div className="pas-action">
      <Button variant="primary" size="small" isDisabled={attach.isPending} onPress={() => attach.mutate()} aria-label={`Attach ${name}`}>
        {household ? 'Attach with household' : 'Attach'}
      </Button>
      {attach.error != null && <ErrorAlert error={attach.error} title={`${name} was not attached`} />}
    </div>
  );
}

function ProviderEntryActions({ entry, providerId, onDone }: { entry: Schemas['WaitlistEntry']; providerId: string; onDone: (m: string) => void }) {
  const [declining, setDeclining] = useState(false);
  const proposedToMe = entry.status === 'PROPOSED' && entry.proposal?.providerId === providerId;
  if (entry.status !== 'WAITING' && !proposedToMe) return <>—</>;
  return (
    <>
      <AttachButton entry={entry} providerId={providerId} onDone={onDone} />
      {proposedToMe &&
        (declining ? (
          <DeclineForm entry={entry} onDone={onDone} />
        ) : (
          <Button variant="tertiary" size="small" onPress={() => setDeclining(true)}>
            Decline…
          </Button>
        ))}
    </>
  );
}

function useDone(keys: unknown[][]) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string>();
  const done = (m: string) => {
    setMessage(m);
    keys.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }));
  };
  return [message, done] as const;
}

export function ProposalsPage() {
  const providerId = useProviderId();
  const [message, done] = useDone([['waitlist'], ['capacity', providerId], ['panel', providerId]]);
  const filters = { ...emptyFilters(), status: 'PROPOSED', providerId };
  const proposals = useQuery(waitlistQuery(filters, 0));
  return (
    <>
      <PageTitle>Proposals</PageTitle>
      <p>Patients a coordinator proposed to you. Accept to attach them to your panel, or decline with a reason; answer before the deadline.</p>
      {message && <Success>{message}</Success>}
      <QueryView query={proposals} what="the proposals">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No proposals are waiting for your answer.</Empty>
          ) : (
            <ul className="pas-card-list" aria-label="Proposals">
              {data.items.map((entry) => (
                <li key={entry.id} className="pas-card">
                  <h2>
                    {entry.patient.givenNames} {entry.patient.familyName}
                  </h2>
                  <p>
                    {entry.communityName} · {words(entry.complexity)} complexity · answer by {formatDate(entry.proposal?.deadline)}
                    {entry.proposal?.householdProposal && ' · with their household'}
                  </p>
                  {entry.proposal?.note && <p>Note: {entry.proposal.note}</p>}
                  <ProviderEntryActions entry={entry} providerId={providerId} onDone={done} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

export function ProviderWaitlistPage() {
  const providerId = useProviderId();
  const provider = useProvider(providerId);
  const [message, done] = useDone([['waitlist'], ['capacity', providerId], ['panel', providerId]]);
  const communities = [
    ...new Map((provider.data?.clinics ?? []).map((c) => [c.communityId, { id: c.communityId, name: c.communityName }])).values(),
  ];
  return (
    <>
      <PageTitle>Community waitlist</PageTitle>
      <p>
        People waiting in the communities of {provider.data?.name ?? 'the provider'}'s clinics
        who agreed to share their registration, highest priority first.
      </p>
      {message && <Success>{message}</Success>}
      <QueryView query={provider} what="the provider's clinics">
        {() =>
          communities.length === 0 ? (
            <Empty>This provider works at no clinic yet, so there is no community waitlist to show.</Empty>
          ) : (
            <WaitlistBrowser
              communities={communities}
              actions={(entry) => <ProviderEntryActions entry={entry} providerId={providerId} onDone={done} />}
            />
          )
        }
      </QueryView>
    </>
  );
}
