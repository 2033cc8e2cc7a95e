import { useMutation, useQueryClient } from '@tanstack/react-query';
import { waitlistKeys } from '../../../api/waitlist';
import { api, unwrap, type Schemas } from '../../../lib/api';

/** POST /waitlist-entries/{entryId}/propose to a provider with capacity (with the household if asked). */
export function usePropose(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProposalInput']) => unwrap(api.POST('/waitlist-entries/{entryId}/propose', { params: { path: { entryId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: waitlistKeys.all }),
  });
}
