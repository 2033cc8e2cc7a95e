import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../lib/api';

export interface Filters {
  communityId: string;
  status: string;
  complexity: string;
  language: string;
  ageBand: string;
  householdOnly: boolean;
  providerId: string;
}

export const emptyFilters = (): Filters => ({
  communityId: '',
  status: '',
  complexity: '',
  language: '',
  ageBand: '',
  householdOnly: false,
  providerId: '',
});

/** GET /waitlist-entries with the chosen filters (blank ones are left out). */
export function waitlistQuery(f: Filters, page: number) {
  return queryOptions({
    queryKey: ['waitlist', f, page],
    queryFn: () =>
      unwrap(
        api.GET('/waitlist-entries', {
          params: {
            query: {
              communityId: f.communityId || undefined,
              status: (f.status || undefined) as Schemas['WaitlistStatus'] | undefined,
              complexity: (f.complexity || undefined) as Schemas['ComplexityBand'] | undefined,
              language: f.language || undefined,
              ageBand: (f.ageBand || undefined) as Schemas['AgeBand'] | undefined,
              household: f.householdOnly || undefined,
              providerId: f.providerId || undefined,
              page,
              size: 20,
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

