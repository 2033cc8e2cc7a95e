import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const communityCapacityKeys = {
  of: (communityId: string) => ['community-capacity', communityId] as const,
};

/** GET /communities/{communityId}/capacity: providers accepting, spaces this month, panel sizes, patients waiting. */
export function useCommunityCapacity(communityId: string) {
  return useQuery({
    queryKey: communityCapacityKeys.of(communityId),
    queryFn: () => unwrap(api.GET('/communities/{communityId}/capacity', { params: { path: { communityId } } })),
    enabled: communityId !== '',
  });
}
