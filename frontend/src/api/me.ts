import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { useAuth } from '../lib/auth';

/** Query keys of GET /me and what hangs off it (`/me/communities`). */
export const meKeys = {
  all: ['me'] as const,
  communities: () => [...meKeys.all, 'communities'] as const,
};

/** GET /me: the caller's provider record, directed clinics, patients and whom they act for. */
export function useMe() {
  const auth = useAuth();
  return useQuery({
    queryKey: meKeys.all,
    queryFn: () => unwrap(api.GET('/me')),
    enabled: auth.status === 'signed-in',
    staleTime: 60_000,
  });
}

/** GET /me/communities: the communities a coordinator looks after (one page of up to 100). */
export function useMyCommunities() {
  return useQuery({
    queryKey: meKeys.communities(),
    queryFn: () => unwrap(api.GET('/me/communities', { params: { query: { size: 100 } } })),
    select: (page) => page.items,
  });
}
