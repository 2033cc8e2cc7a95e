import { useQuery } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';

type AuditQuery = NonNullable<paths['/audit-events']['get']['parameters']['query']>;
type SummaryQuery = NonNullable<paths['/audit-events/summary']['get']['parameters']['query']>;

export const auditKeys = {
  search: (query: AuditQuery) => ['audit-events', query] as const,
  summary: (query: SummaryQuery) => ['audit-events', 'summary', query] as const,
};

/** GET /audit-events, newest first, by resource type, outcome and action code. */
export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.search(query),
    queryFn: () => unwrap(api.GET('/audit-events', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** GET /audit-events/summary: refusals and suspicious events counted by day and user, newest day first. */
export function useAuditSummary(query: SummaryQuery) {
  return useQuery({
    queryKey: auditKeys.summary(query),
    queryFn: () => unwrap(api.GET('/audit-events/summary', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}
