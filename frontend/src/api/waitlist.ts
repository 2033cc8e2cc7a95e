import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../lib/api';

/** The waitlist filters of the screens; '' is "any". */
export interface WaitlistFilters {
  communityId: string;
  status: Schemas['WaitlistStatus'] | '';
  complexity: Schemas['ComplexityBand'] | '';
  language: string;
  ageBand: Schemas['AgeBand'] | '';
  householdOnly: boolean;
  providerId: string;
}

export const emptyFilters = (): WaitlistFilters => ({
  communityId: '',
  status: '',
  complexity: '',
  language: '',
  ageBand: '',
  householdOnly: false,
  providerId: '',
});

export const waitlistKeys = {
  all: ['waitlist'] as const,
  list: (filters: WaitlistFilters, page: number) => [...waitlistKeys.all, filters, page] as const,
};

/** GET /waitlist-entries with the chosen filters (blank ones are left out), 20 a page. */
export function useWaitlist(f: WaitlistFilters, page: number) {
  return useQuery({
    queryKey: waitlistKeys.list(f, page),
    queryFn: () =>
      unwrap(
        api.GET('/waitlist-entries', {
          params: {
            query: {
              communityId: f.communityId || undefined,
              status: f.status || undefined,
              complexity: f.complexity || undefined,
              language: f.language || undefined,
              ageBand: f.ageBand || undefined,
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
