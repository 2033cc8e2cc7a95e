import { useState } from 'react';
import { Link } from 'react-router';
import { auditReviewOutcomeValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { SelectField, TextField } from '../../../components/form';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import type { Schemas } from '../../../lib/api';
import { daysBefore, formatDate, nextDay, provinceDayStart, today, words } from '../../../lib/format';
import { useAuditSummary } from '../api/audit-events';

/** The audit events behind one row: that user's events of that outcome on that day of the province. */
function eventsOf(row: Schemas['AuditSummaryRow']): string {
  const query = new URLSearchParams({ outcome: row.outcome, from: provinceDayStart(row.day), to: provinceDayStart(nextDay(row.day)) });
  if (row.actorSubject) query.set('actorSubject', row.actorSubject);
  return `/admin/audit?${query}`;
}

function SummaryRow({ row }: { row: Schemas['AuditSummaryRow'] }) {
  const who = row.actorSubject ?? 'system';
  return (
    <tr>
      <th scope="row">{formatDate(row.day)}</th>
      <td>{who}</td>
      <td>{words(row.outcome)}</td>
      <td>
        <Link to={eventsOf(row)} aria-label={`${row.events} ${words(row.outcome).toLowerCase()} events of ${who} on ${formatDate(row.day)}`}>
          {row.events}
        </Link>
      </td>
    </tr>
  );
}

/** /admin/audit/review: refusals and suspicious events per day and user, what a privacy officer reviews. */
export function AuditReviewPage() {
  const [from, setFrom] = useState(daysBefore(today(), 30));
  const [to, setTo] = useState(today());
  const [outcome, setOutcome] = useState<Schemas['AuditReviewOutcome'] | ''>('');
  const [page, setPage] = useState(0);
  const summary = useAuditSummary({ from, to, outcome: outcome || undefined, page, size: 50 });
  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(0);
  };
  return (
    <>
      <PageTitle>Audit review</PageTitle>
      <p>
        Refused requests and suspicious events, counted per day (Pacific time) and user. Each count opens the events behind it.
        The chain of the whole trail is checked by <code>GET /audit-events/verification</code> and <code>make audit-verify</code>.
      </p>
      <fieldset className="pas-filters">
        <legend>Days and outcome</legend>
        <TextField label="From" type="date" value={from} onChange={change(setFrom)} error={fieldError(summary.error, 'from')} />
        <TextField label="To" type="date" value={to} onChange={change(setTo)} error={fieldError(summary.error, 'to')} />
        <SelectField label="Outcome" value={outcome} onChange={change(setOutcome)} placeholder="Denied and suspicious" options={optionsOf(auditReviewOutcomeValues, words)} />
      </fieldset>
      <PagedTable
        query={summary}
        what="the review"
        empty="No refusal or suspicious event in these days."
        caption="Events per day and user, newest day first, busiest first"
        columns={['Day', 'User (subject)', 'Outcome', 'Events']}
        label="rows"
        onPage={setPage}
        row={(row) => <SummaryRow key={`${row.day} ${row.actorSubject ?? ''} ${row.outcome}`} row={row} />}
      />
    </>
  );
}
