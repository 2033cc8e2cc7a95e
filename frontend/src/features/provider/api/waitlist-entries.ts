import { useMutation, useQueryClient } from '@tanstack/react-query';
import { waitlistKeys } from '../../../api/waitlist';
import { api, unwrap, type Schemas } from '../../../lib/api';
import { capacityKeys } from './capacity';
import { panelKeys } from './panel';

/**
 * An attachment changes the waitlist, the provider's capacity this month and their panel. Not awaited,
 * as in every hook here: the caller's onSuccess runs first (the refetch may remove the caller's row).
 */
function useAfterAttachOrDecline(providerId: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [waitlistKeys.all, capacityKeys.of(providerId), panelKeys.of(providerId)]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
}

/** POST /waitlist-entries/{entryId}/attach to the provider's panel (with the household if asked). */
export function useAttach(providerId: string) {
  const refresh = useAfterAttachOrDecline(providerId);
  return useMutation({
    mutationFn: ({ entryId, includeHousehold }: { entryId: string; includeHousehold: boolean }) =>
      unwrap(api.POST('/waitlist-entries/{entryId}/attach', { params: { path: { entryId } }, body: { providerId, includeHousehold } })),
    onSuccess: refresh,
  });
}

/** POST /waitlist-entries/{entryId}/decline a proposal, with a coded reason: the patient keeps their place. */
export function useDecline(providerId: string) {
  const refresh = useAfterAttachOrDecline(providerId);
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: Schemas['DeclineInput'] }) =>
      unwrap(api.POST('/waitlist-entries/{entryId}/decline', { params: { path: { entryId } }, body })),
    onSuccess: refresh,
  });
}
