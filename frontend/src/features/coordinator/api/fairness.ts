import { useQuery } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';

type FairnessQuery = paths['/reports/fairness']['get']['parameters']['query'];

export const fairnessKeys = {
  report: (query: FairnessQuery) => ['fairness', query] as const,
};

/** GET /reports/fairness: proposals, attachments and declines by provider or community, and the skips by reason. */
export function useFairnessReport(query: FairnessQuery) {
  return useQuery({
    queryKey: fairnessKeys.report(query),
    queryFn: () => unwrap(api.GET('/reports/fairness', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}
