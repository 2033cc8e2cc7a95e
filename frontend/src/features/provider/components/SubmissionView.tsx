import { useState } from 'react';
import { panelRowResultValues } from '../../../api/schema';
import { optionsOf } from '../../../components/fields';
import { SelectField } from '../../../components/form';
import { Pager } from '../../../components/Pager';
import { Empty, ErrorAlert, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { running, useSubmission, useSubmissionRows } from '../api/panel-submissions';

function SubmissionRows({ providerId, submissionId }: { providerId: string; submissionId: string }) {
  const [result, setResult] = useState<Schemas['PanelRowResult'] | ''>('REJECTED');
  const [page, setPage] = useState(0);
  const rows = useSubmissionRows(providerId, submissionId, result, page);
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
        options={optionsOf(panelRowResultValues, words)}
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

/** One upload: progress while it runs, then the counts and its rows. */
export function SubmissionView({ providerId, submissionId }: { providerId: string; submissionId: string }) {
  const submission = useSubmission(providerId, submissionId);
  return (
    <section aria-labelledby="submission-heading" className="pas-panel">
      <h2 id="submission-heading">File {submission.data?.fileName ?? ''}</h2>
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
