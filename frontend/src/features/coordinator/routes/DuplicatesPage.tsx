import { useState } from 'react';
import { duplicateStatusValues } from '../../../api/schema';
import { optionsOf } from '../../../components/fields';
import { SelectField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { Empty, QueryView, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { formatDateTime, words } from '../../../lib/format';
import { useFilterAndPage } from '../../../lib/use-filter-and-page';
import { useDuplicateCandidates } from '../api/duplicates';
import { CandidateCard } from '../components/CandidateCard';

function ResolvedCard({ c }: { c: Schemas['DuplicateCandidate'] }) {
  return (
    <li className="pas-card">
      <h2>
        {c.patientA.givenNames} {c.patientA.familyName} / {c.patientB.givenNames} {c.patientB.familyName}
      </h2>
      <p>
        {words(c.status)} {formatDateTime(c.resolvedAt)} {c.note && `— ${c.note}`}
      </p>
    </li>
  );
}

/** /coordinator/duplicates: registrations that may be the same person. */
export function DuplicatesPage() {
  const { filter: status, setFilter: setStatus, page, setPage } = useFilterAndPage<Schemas['DuplicateStatus']>('OPEN');
  const [message, setMessage] = useState<string>();
  const candidates = useDuplicateCandidates(status, page);
  return (
    <>
      <PageTitle>Duplicate review</PageTitle>
      <p>Registrations that may be the same person. Merge them, or mark them as different people.</p>
      <SelectField
        label="Show"
        value={status}
        onChange={setStatus}
        options={optionsOf(duplicateStatusValues, words)}
      />
      {message && <Success>{message}</Success>}
      <QueryView query={candidates} what="the possible duplicates">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No {words(status).toLowerCase()} possible duplicates.</Empty>
          ) : (
            <>
              <ul className="pas-card-list" aria-label="Possible duplicates">
                {data.items.map((c) => (c.status === 'OPEN' ? <CandidateCard key={c.id} c={c} onDone={setMessage} /> : <ResolvedCard key={c.id} c={c} />))}
              </ul>
              <Pager data={data} onPage={setPage} label="possible duplicates" />
            </>
          )
        }
      </QueryView>
    </>
  );
}
