import { useState } from 'react';
import { complexityBandValues, fairnessGroupByValues } from '../../../api/schema';
import { fieldError, optionsOf } from '../../../components/fields';
import { SelectField, TextField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { SkipCounts } from '../../../components/SkipCounts';
import { Empty, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import type { Schemas } from '../../../lib/api';
import { formatDate, today, words } from '../../../lib/format';
import { useFairnessReport } from '../api/fairness';
import { DeclineChart } from '../components/DeclineChart';
import { declineRate, rowKey, rowName } from '../components/fairness-rows';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

function FairnessTable({ report, groupBy }: { report: Schemas['FairnessReport']; groupBy: Schemas['FairnessGroupBy'] }) {
  const columns = [groupBy === 'PROVIDER' ? 'Provider' : 'Community', 'Proposals', 'Attached', 'Declined', 'Expired', 'Declined: low / moderate / high complexity', 'High vs low decline ratio'];
  return (
    <Table caption={<>Proposals from {formatDate(report.from)} to {formatDate(report.to)}</>} columns={columns}>
      {report.items.map((r) => (
        <tr key={rowKey(r)}>
          <th scope="row">{rowName(r)}</th>
          <td>{r.proposals}</td>
          <td>{r.attachments}</td>
          <td>{r.declines}</td>
          <td>{r.expiredProposals}</td>
          <td>{complexityBandValues.map((b) => `${declineRate(r, b)} %`).join(' / ')}</td>
          <td>{r.highVersusLowDeclineRatio ?? '—'}</td>
        </tr>
      ))}
    </Table>
  );
}

/** /coordinator/fairness: declines by reason and patient complexity, so that screening out complex patients shows. */
export function FairnessPage() {
  const [groupBy, setGroupBy] = useState<Schemas['FairnessGroupBy']>('PROVIDER');
  const [from, setFrom] = useState(daysAgo(90));
  const [to, setTo] = useState(today());
  const [page, setPage] = useState(0);
  const report = useFairnessReport({ groupBy, from, to, page, size: 20 });
  return (
    <>
      <PageTitle>Fairness report</PageTitle>
      <p>
        Declines by coded reason and by patient complexity, so that screening out complex patients becomes visible; and every
        better-ranked patient passed over when someone else was proposed, by the reason recorded.
      </p>
      <fieldset className="pas-filters">
        <legend>Report</legend>
        <SelectField label="Group by" value={groupBy} onChange={setGroupBy} options={optionsOf(fairnessGroupByValues, words)} />
        <TextField label="From" type="date" value={from} onChange={setFrom} error={fieldError(report.error, 'from')} />
        <TextField label="To" type="date" value={to} onChange={setTo} error={fieldError(report.error, 'to')} />
      </fieldset>
      <QueryView query={report} what="the report">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>
              No proposals between {formatDate(data.from)} and {formatDate(data.to)}.
            </Empty>
          ) : (
            <>
              <SkipCounts caption="Better-ranked patients passed over, by reason" counts={data.skips} withZeros />
              <DeclineChart rows={data.items} />
              <FairnessTable report={data} groupBy={groupBy} />
              <Pager data={data} onPage={setPage} label="rows" />
            </>
          )
        }
      </QueryView>
    </>
  );
}
