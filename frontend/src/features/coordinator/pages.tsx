import { Button } from '@bcgov/design-system-react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CheckboxField, Form, SelectField, SubmitRow, TextAreaField, TextField } from '../../components/form';
import { fieldError, optionsOf } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Table } from '../../components/Table';
import { Pager } from '../../components/Pager';
import { Empty, ErrorAlert, QueryView, Success } from '../../components/status';
import { api, unwrap, type Schemas } from '../../lib/api';
import { formatDate, formatDateTime, today, words } from '../../lib/format';
import { WaitlistBrowser } from '../shared/waitlist';

type Entry = Schemas['WaitlistEntry'];

function useMyCommunities() {
  return useQuery({
    queryKey: ['me', 'communities'],
    queryFn: () => unwrap(api.GET('/me/communities', { params: { query: { size: 100 } } })),
    select: (page) => page.items,
  });
}

// ---------------------------------------------------------------- waitlist and proposing

function ProposeForm({ entry, onDone }: { entry: Entry; onDone: (message: string) => void }) {
  const providers = useQuery({
    queryKey: ['providers', 'accepting', entry.communityId],
    queryFn: () =>
      unwrap(api.GET('/providers', { params: { query: { communityId: entry.communityId, accepting: true, size: 100 } } })),
  });
  const [providerId, setProviderId] = useState('');
  const [includeHousehold, setIncludeHousehold] = useState(entry.matchWithHousehold);
  const [deadlineDays, setDeadlineDays] = useState('14');
  const [note, setNote] = useState('');
  const propose = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/waitlist-entries/{entryId}/propose', {
          params: { path: { entryId: entry.id } },
          body: { providerId, includeHousehold, deadlineDays: Number(deadlineDays) || undefined, note: note || undefined },
        }),
      ),
    onSuccess: (result) =>
      onDone(`Proposed ${result.entries.length === 1 ? 'the patient' : `${result.entries.length} people`} to ${result.entries[0].proposal?.providerName ?? 'the provider'}.`),
  });
  const name = `${entry.patient.givenNames} ${entry.patient.familyName}`;
  return (
    <Form
      className="pas-form pas-inline-form"
      aria-label={`Propose ${name} to a provider`}
      onSubmit={() => {
        propose.mutate();
      }}
    >
      <SelectField
        label="Provider with capacity"
        value={providerId}
        onChange={setProviderId}
        placeholder={providers.isPending ? 'Loading…' : providers.data?.items.length ? 'Choose a provider' : 'No provider is accepting here'}
        options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${words(p.type)})` }))}
        required
        error={fieldError(propose.error, 'providerId')}
      />
      {entry.matchWithHousehold && (
        <CheckboxField label="Propose the household together" checked={includeHousehold} onChange={setIncludeHousehold} />
      )}
      <TextField label="Days to answer" type="number" min={1} max={60} value={deadlineDays} onChange={setDeadlineDays} className="pas-field--short" error={fieldError(propose.error, 'deadlineDays')} />
      <TextAreaField label="Note for the provider (optional)" value={note} onChange={setNote} maxLength={500} />
      <SubmitRow label="Propose" pending={propose.isPending} error={propose.error} errorTitle="Not proposed" />
    </Form>
  );
}

function ProposeAction({ entry, onDone }: { entry: Entry; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  if (entry.status !== 'WAITING') return <>—</>;
  if (open) return <ProposeForm entry={entry} onDone={onDone} />;
  return (
    <Button variant="secondary" size="small" onPress={() => setOpen(true)} aria-label={`Propose ${entry.patient.givenNames} ${entry.patient.familyName}`}>
      Propose…
    </Button>
  );
}

export function CoordinatorWaitlist() {
  const communities = useMyCommunities();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string>();
  const done = (m: string) => {
    setMessage(m);
    void queryClient.invalidateQueries({ queryKey: ['waitlist'] });
  };
  return (
    <>
      <PageTitle>Waitlist of my communities</PageTitle>
      <p>Propose people to providers who have capacity. Providers accept or decline; declined people keep their place.</p>
      {message && <Success>{message}</Success>}
      <QueryView query={communities} what="your communities">
        {(items) =>
          items.length === 0 ? (
            <Empty>You coordinate no community yet.</Empty>
          ) : (
            <WaitlistBrowser communities={items} requireCommunity={false} actions={(entry) => <ProposeAction entry={entry} onDone={done} />} />
          )
        }
      </QueryView>
    </>
  );
}

// ---------------------------------------------------------------- duplicates

function PatientCard({ title, p }: { title: string; p: Schemas['PatientSummary'] }) {
  return (
    <div>
      <h3>{title}</h3>
      <dl className="pas-facts">
        <dt>Name</dt>
        <dd>
          {p.givenNames} {p.familyName}
        </dd>
        <dt>PHN</dt>
        <dd>{p.phn}</dd>
        <dt>Born</dt>
        <dd>{formatDate(p.dateOfBirth)}</dd>
        <dt>Community</dt>
        <dd>{p.communityName}</dd>
      </dl>
    </div>
  );
}

function CandidateCard({ c, onDone }: { c: Schemas['DuplicateCandidate']; onDone: (m: string) => void }) {
  const [survivor, setSurvivor] = useState(c.patientA.id);
  const [note, setNote] = useState('');
  const merge = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/duplicate-candidates/{candidateId}/merge', {
          params: { path: { candidateId: c.id } },
          body: { survivorPatientId: survivor, note: note || undefined },
        }),
      ),
    onSuccess: () => onDone('Merged: the other record now points to the one you kept.'),
  });
  const dismiss = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/duplicate-candidates/{candidateId}/dismiss', { params: { path: { candidateId: c.id } }, body: { note: note || undefined } })),
    onSuccess: () => onDone('Dismissed: these are two different people.'),
  });
  return (
    <li className="pas-card">
      <h2>
        Possible duplicate, score {c.score} — {c.matchReasons.map(words).join(', ')}
      </h2>
      <p>Found {formatDateTime(c.detectedAt)}</p>
      <div className="pas-streams">
        <PatientCard title="Record A" p={c.patientA} />
        <PatientCard title="Record B" p={c.patientB} />
      </div>
      <SelectField
        label="Record to keep when merging"
        value={survivor}
        onChange={setSurvivor}
        options={[
          { value: c.patientA.id, label: `A: ${c.patientA.givenNames} ${c.patientA.familyName} (${c.patientA.phn})` },
          { value: c.patientB.id, label: `B: ${c.patientB.givenNames} ${c.patientB.familyName} (${c.patientB.phn})` },
        ]}
      />
      <TextAreaField label="Note (optional)" value={note} onChange={setNote} maxLength={500} />
      {(merge.error ?? dismiss.error) != null && <ErrorAlert error={merge.error ?? dismiss.error} title="Not done" />}
      <div className="pas-buttons">
        <Button variant="primary" isDisabled={merge.isPending || dismiss.isPending} onPress={() => merge.mutate()}>
          Merge
        </Button>
        <Button variant="secondary" isDisabled={merge.isPending || dismiss.isPending} onPress={() => dismiss.mutate()}>
          Not a duplicate
        </Button>
      </div>
    </li>
  );
}

export function DuplicatesPage() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Schemas['DuplicateStatus']>('OPEN');
  const [page, setPage] = useState(0);
  const [message, setMessage] = useState<string>();
  const candidates = useQuery({
    queryKey: ['duplicates', status, page],
    queryFn: () => unwrap(api.GET('/duplicate-candidates', { params: { query: { status, page, size: 10 } } })),
  });
  const done = (m: string) => {
    setMessage(m);
    void queryClient.invalidateQueries({ queryKey: ['duplicates'] });
  };
  return (
    <>
      <PageTitle>Duplicate review</PageTitle>
      <p>Registrations that may be the same person. Merge them, or mark them as different people.</p>
      <SelectField
        label="Show"
        value={status}
        onChange={(v) => {
          setStatus(v as Schemas['DuplicateStatus']);
          setPage(0);
        }}
        options={optionsOf(['OPEN', 'MERGED', 'DISMISSED'], words)}
      />
      {message && <Success>{message}</Success>}
      <QueryView query={candidates} what="the possible duplicates">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No {words(status).toLowerCase()} possible duplicates.</Empty>
          ) : (
            <>
              <ul className="pas-card-list" aria-label="Possible duplicates">
                {data.items.map((c) =>
                  c.status === 'OPEN' ? (
                    <CandidateCard key={c.id} c={c} onDone={done} />
                  ) : (
                    <li key={c.id} className="pas-card">
                      <h2>
                        {c.patientA.givenNames} {c.patientA.familyName} / {c.patientB.givenNames} {c.patientB.familyName}
                      </h2>
                      <p>
                        {words(c.status)} {formatDateTime(c.resolvedAt)} {c.note && `— ${c.note}`}
                      </p>
                    </li>
                  ),
                )}
              </ul>
              <Pager data={data} onPage={setPage} label="possible duplicates" />
            </>
          )
        }
      </QueryView>
    </>
  );
}

// ---------------------------------------------------------------- fairness report

function daysAgo(days: number) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const rowName = (r: Schemas['FairnessRow']) => r.providerName ?? r.communityName;

/** Decline rate by complexity band per row: bars for sighted users, the same figures in the table. */
function DeclineChart({ rows }: { rows: Schemas['FairnessRow'][] }) {
  const bands: Schemas['ComplexityBand'][] = ['LOW', 'MODERATE', 'HIGH'];
  return (
    <figure className="pas-chart" aria-labelledby="chart-caption">
      <figcaption id="chart-caption">Share of proposals declined, by patient complexity (the table below has the same figures)</figcaption>
      <ul className="pas-chart-legend" aria-hidden="true">
        {bands.map((b) => (
          <li key={b}>
            <span className={`pas-swatch pas-bar--${b.toLowerCase()}`} /> {words(b)}
          </li>
        ))}
      </ul>
      <div aria-hidden="true">
        {rows.map((r) => (
          <div key={`${r.providerId ?? ''}${r.communityId}`} className="pas-chart-row">
            <span className="pas-chart-label">{rowName(r)}</span>
            <span className="pas-chart-bars">
              {bands.map((b) => {
                const rate = r.byComplexity.find((c) => c.complexity === b)?.declineRatePercent ?? 0;
                return (
                  <span key={b} className="pas-chart-bar-line">
                    <span className={`pas-bar pas-bar--${b.toLowerCase()}`} style={{ width: `calc(${Math.max(rate, 0.5)}% * 0.85)` }} />
                    <span className="pas-bar-value">{rate} %</span>
                  </span>
                );
              })}
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}

export function FairnessPage() {
  const [groupBy, setGroupBy] = useState<Schemas['FairnessGroupBy']>('PROVIDER');
  const [from, setFrom] = useState(daysAgo(90));
  const [to, setTo] = useState(today());
  const [page, setPage] = useState(0);
  const report = useQuery({
    queryKey: ['fairness', groupBy, from, to, page],
    queryFn: () => unwrap(api.GET('/reports/fairness', { params: { query: { groupBy, from, to, page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageTitle>Fairness report</PageTitle>
      <p>Declines by coded reason and by patient complexity, so that screening out complex patients becomes visible.</p>
      <fieldset className="pas-filters">
        <legend>Report</legend>
        <SelectField label="Group by" value={groupBy} onChange={(v) => setGroupBy(v as Schemas['FairnessGroupBy'])} options={optionsOf(['PROVIDER', 'COMMUNITY'], words)} />
        <TextField label="From" type="date" value={from} onChange={setFrom} error={fieldError(report.error, 'from')} />
        <TextField label="To" type="date" value={to} onChange={setTo} error={fieldError(report.error, 'to')} />
      </fieldset>
      <QueryView query={report} what="the report">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No proposals between {formatDate(data.from)} and {formatDate(data.to)}.</Empty>
          ) : (
            <>
              <DeclineChart rows={data.items} />
              <Table caption={<>Proposals from {formatDate(data.from)} to {formatDate(data.to)}</>} columns={[groupBy === 'PROVIDER' ? 'Provider' : 'Community', 'Proposals', 'Attached', 'Declined', 'Expired', 'Declined: low / moderate / high complexity', 'High vs low decline ratio']}>
                  {data.items.map((r) => (
                    <tr key={`${r.providerId ?? ''}${r.communityId}`}>
                      <th scope="row">{rowName(r)}</th>
                      <td>{r.proposals}</td>
                      <td>{r.attachments}</td>
                      <td>{r.declines}</td>
                      <td>{r.expiredProposals}</td>
                      <td>
                        {(['LOW', 'MODERATE', 'HIGH'] as const)
                          .map((b) => `${r.byComplexity.find((c) => c.complexity === b)?.declineRatePercent ?? 0} %`)
                          .join(' / ')}
                      </td>
                      <td>{r.highVersusLowDeclineRatio ?? '—'}</td>
                    </tr>
                  ))}
                </Table>
              <Pager data={data} onPage={setPage} label="rows" />
            </>
          )
        }
      </QueryView>
    </>
  );
}
