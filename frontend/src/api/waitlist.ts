import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../lib/api';
import { patientKeys } from './patients';

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

/**
 * POST /waitlist-entries/{entryId}/contact-confirmation (`confirmWaitlistContact`): the person's contact details are
 * correct, so a PAUSED entry waits again in the same place. Used by the person (their registration) and by a
 * coordinator (the waitlist). The waitlist and the registrations are read anew before the mutation settles, so the
 * button stays pending until the screen shows the entry waiting (a second press would be refused with 409).
 */
export function useConfirmContact(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/waitlist-entries/{entryId}/contact-confirmation', { params: { path: { entryId } } })),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: waitlistKeys.all }), queryClient.invalidateQueries({ queryKey: patientKeys.all })]),
  });
}
