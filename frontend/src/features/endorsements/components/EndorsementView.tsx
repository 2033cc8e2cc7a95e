import type { UseQueryResult } from '@tanstack/react-query';
import { QueryView } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { EndorsementCard } from './EndorsementCard';

/** One endorsement, once loaded (or opened from an emailed link). */
export function EndorsementView({ query }: { query: UseQueryResult<Schemas['Endorsement']> }) {
  return (
    <QueryView query={query} what="the endorsement">
      {(endorsement) => (
        <ul className="pas-card-list" aria-label="Endorsement">
          <EndorsementCard endorsement={endorsement} />
        </ul>
      )}
    </QueryView>
  );
}
