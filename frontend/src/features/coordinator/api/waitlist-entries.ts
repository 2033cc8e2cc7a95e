import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { waitlistKeys } from '../../../api/waitlist';
import { api, unwrap, type Schemas } from '../../../lib/api';

/** The keys of one entry's screen; under `waitlistKeys.all`, so that every waitlist change refreshes them. */
export const entryKeys = {
  detail: (entryId: string) => [...waitlistKeys.all, 'entry', entryId] as const,
  transitions: (entryId: string) => [...entryKeys.detail(entryId), 'transitions'] as const,
  suggestions: (entryId: string) => [...entryKeys.detail(entryId), 'suggestions'] as const,
};

/** POST /waitlist-entries/{entryId}/propose to a provider with capacity (with the household if asked). */
export function usePropose(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProposalInput']) => unwrap(api.POST('/waitlist-entries/{entryId}/propose', { params: { path: { entryId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: waitlistKeys.all }),
  });
}

/** GET /waitlist-entries/{entryId}. */
export function useEntry(entryId: string) {
  return useQuery({
    queryKey: entryKeys.detail(entryId),
    queryFn: () => unwrap(api.GET('/waitlist-entries/{entryId}', { params: { path: { entryId } } })),
  });
}

/** GET /waitlist-entries/{entryId}/transitions: who changed the state, when and why, oldest first (up to 100). */
export function useTransitions(entryId: string) {
  return useQuery({
    queryKey: entryKeys.transitions(entryId),
    queryFn: () => unwrap(api.GET('/waitlist-entries/{entryId}/transitions', { params: { path: { entryId }, query: { size: 100 } } })),
  });
}

/** GET /waitlist-entries/{entryId}/provider-suggestions (listProviderSuggestions): providers with room, best fit first. */
export function useSuggestions(entryId: string, enabled: boolean) {
  return useQuery({
    queryKey: entryKeys.suggestions(entryId),
    queryFn: () => unwrap(api.GET('/waitlist-entries/{entryId}/provider-suggestions', { params: { path: { entryId } } })),
    enabled,
  });
}
