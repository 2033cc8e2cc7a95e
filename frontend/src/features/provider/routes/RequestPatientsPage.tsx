import { useState } from 'react';
import { fieldError } from '../../../components/fields';
import { Form, SubmitRow, TextField } from '../../../components/form';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import { Preferences } from '../../../components/Preferences';
import { SkipCounts } from '../../../components/SkipCounts';
import { Empty, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { formatDate, formatDateTime, fullName, words } from '../../../lib/format';
import { countSkips, matchRuleWords } from '../../../lib/matching';
import { usePatientRequests, useRequestPatients } from '../api/patient-requests';
import { ProviderEntryActions } from '../components/EntryActions';
import { useProviderId } from './useProviderId';

type PatientRequest = Schemas['PatientRequest'];

function Room({ request }: { request: PatientRequest }) {
  const { room } = request;
  return (
    <section aria-labelledby="room" className="pas-panel">
      <h2 id="room">Your room</h2>
      <dl className="pas-facts">
        <dt>Places left this month</dt>
        <dd>{room.remainingThisMonth}</dd>
        <dt>Room under your desired panel size</dt>
        <dd>{room.panelRoom}</dd>
        <dt>Proposals waiting for your answer</dt>
        <dd>{room.outstandingProposals}</dd>
        <dt>Granted</dt>
        <dd>
          {room.granted} of the {request.count} you asked for
        </dd>
      </dl>
    </section>
  );
}

function ProposalCard({ proposal, providerId }: { proposal: Schemas['PatientProposal']; providerId: string }) {
  const [done, setDone] = useState<string>();
  const { entry } = proposal;
  return (
    <li className="pas-card">
      <h3>
        Rank {proposal.rank}: {fullName(entry.patient)}
      </h3>
      <p>
        {entry.communityName} · {words(entry.complexity)} complexity
        {entry.proposal && <> · answer by {formatDate(entry.proposal.deadline)}</>}
      </p>
      <p>Why: {matchRuleWords[proposal.rule]}</p>
      <Preferences preferences={entry.preferences} language={entry.patient.preferredLanguage} />
      {done ? <Success>{done}</Success> : <ProviderEntryActions entry={entry} providerId={providerId} onDone={setDone} />}
    </li>
  );
}

/** The passed-over entries counted by reason: no names, ranks or ids of other patients. */
function Skipped({ skipped }: { skipped: Schemas['SkippedEntry'][] }) {
  return (
    <section aria-labelledby="skipped">
      <h2 id="skipped">Better-ranked patients passed over</h2>
      {skipped.length === 0 ? <Empty>Nobody ranked higher was passed over.</Empty> : <SkipCounts caption="Passed over, by reason" counts={countSkips(skipped)} />}
    </section>
  );
}

function RequestResult({ request, providerId }: { request: PatientRequest; providerId: string }) {
  const proposals = [...request.proposals].sort((a, b) => a.rank - b.rank);
  return (
    <>
      <Room request={request} />
      <section aria-labelledby="proposed">
        <h2 id="proposed">Proposed to you, in rank order</h2>
        {proposals.length === 0 ? (
          <Empty>No waiting patient fits right now.</Empty>
        ) : (
          <ol className="pas-card-list" aria-label="Proposals of this request">
            {proposals.map((p) => (
              <ProposalCard key={p.entry.id} proposal={p} providerId={providerId} />
            ))}
          </ol>
        )}
      </section>
      <Skipped skipped={request.skipped} />
    </>
  );
}

function PastRequests({ providerId }: { providerId: string }) {
  const [page, setPage] = useState(0);
  const requests = usePatientRequests(providerId, page);
  return (
    <section aria-labelledby="past-requests">
      <h2 id="past-requests">Past requests</h2>
      <PagedTable
        query={requests}
        what="the past requests"
        empty="You have not requested patients yet."
        caption="Your requests, newest first"
        columns={['Requested', 'By', 'Asked for', 'Granted', 'Proposed', 'Passed over']}
        label="requests"
        onPage={setPage}
        row={(r) => (
          <tr key={r.id}>
            <td>{formatDateTime(r.requestedAt)}</td>
            <td>{r.requestedByName}</td>
            <td>{r.count}</td>
            <td>{r.room.granted}</td>
            <td>{r.proposals.length}</td>
            <td>{r.skipped.length}</td>
          </tr>
        )}
      />
    </section>
  );
}

/** /providers/:providerId/request: PAS proposes up to 10 waiting patients who fit, best-ranked first. */
export function RequestPatientsPage() {
  const providerId = useProviderId();
  const [count, setCount] = useState('10');
  const request = useRequestPatients(providerId);
  const n = Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= 10;
  const [tried, setTried] = useState(false);
  const submit = () => {
    setTried(true);
    if (valid) request.mutate({ count: n });
  };
  return (
    <>
      <PageTitle>Request patients</PageTitle>
      <p>
        PAS proposes the best-ranked waiting patients of your clinics’ communities who fit your complexity mix, languages and their
        preferences, never more than your room this month or under your desired panel size. Attach or decline each one.
      </p>
      <Form className="pas-form" aria-label="Request patients" onSubmit={submit}>
        <TextField
          label="How many patients (1 to 10)"
          type="number"
          min={1}
          max={10}
          step={1}
          value={count}
          onChange={setCount}
          className="pas-field--short"
          error={tried && !valid ? 'Choose a whole number from 1 to 10.' : fieldError(request.error, 'count')}
        />
        <SubmitRow label="Request patients" pending={request.isPending} error={request.error} errorTitle="No patients proposed" />
      </Form>
      {request.data && <RequestResult request={request.data} providerId={providerId} />}
      <PastRequests providerId={providerId} />
    </>
  );
}
