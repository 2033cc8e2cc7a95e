import { panelRowResultValues } from '../../../api/schema';
import { optionsOf } from '../../../components/fields';
import { SelectField } from '../../../components/form';
import { PagedTable } from '../../../components/PagedTable';
import { ErrorAlert, QueryView } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { useFilterAndPage } from '../../../lib/use-filter-and-page';
import { running, useSubmission, useSubmissionRows } from '../api/panel-submissions';

function SubmissionRows({ providerId, submissionId }: { providerId: string; submissionId: string }) {
  const { filter: result, setFilter: setResult, page, setPage } = useFilterAndPage<Schemas['PanelRowResult'] | ''>('REJECTED');
  const rows = useSubmissionRows(providerId, submissionId, result, page);
  return (
    <section aria-labelledby="rows-heading">
      <h3 id="rows-heading">Rows</h3>
      <SelectField
        label="Show rows"
        value={result}
        onChange={setResult}
        placeholder="All rows"
        options={optionsOf(panelRowResultValues, words)}
      />
      <PagedTable
        query={rows}
        what="the rows"
        empty="No rows to show."
        caption="Rows of the file"
        columns={['Row', 'PHN', 'Family name', 'Result', 'Problems']}
        label="rows"
        onPage={setPage}
        row={(r, i) => (
          <tr key={`${r.rowNumber ?? 'x'}-${r.phn ?? ''}-${i}`}>
            <td>{r.rowNumber ?? '—'}</td>
            <td>{r.phn ?? '—'}</td>
            <td>{r.familyName ?? '—'}</td>
            <td>{words(r.result)}</td>
            <td>{r.errors.map((e) => `${e.field}: ${e.message}`).join('; ') || '—'}</td>
          </tr>
        )}
      />
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
