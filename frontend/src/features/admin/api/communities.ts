import { useMutation, useQueryClient } from '@tanstack/react-query';
import { communityKeys } from '../../../api/communities';
import { api, unwrap, type Schemas } from '../../../lib/api';

/** POST /communities */
export function useCreateCommunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CommunityInput']) => unwrap(api.POST('/communities', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: communityKeys.all }),
  });
}
