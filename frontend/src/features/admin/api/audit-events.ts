import { useQuery } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';

type AuditQuery = NonNullable<paths['/audit-events']['get']['parameters']['query']>;

export const auditKeys = {
  search: (query: AuditQuery) => ['audit-events', query] as const,
};

/** GET /audit-events, newest first, by resource type, outcome and action code. */
export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.search(query),
    queryFn: () => unwrap(api.GET('/audit-events', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}
