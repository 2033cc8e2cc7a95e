import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meKeys } from '../../../api/me';
import { api, unwrap, type Schemas } from '../../../lib/api';

/** Query keys of the caller's claims and of the clinics a delegate picks from. */
export const claimKeys = {
  mine: () => [...meKeys.all, 'claims'] as const,
  clinics: (q: string) => ['clinics', 'list', { q, size: 20 }] as const,
};

/** GET /me/claims: the caller's claims to a record, newest first. */
export function useMyClaims() {
  return useQuery({
    queryKey: claimKeys.mine(),
    queryFn: () => unwrap(api.GET('/me/claims', { params: { query: { size: 100 } } })),
  });
}

/** POST /me/claims; GET /me and the claims are read again (an approval changes what /me says). */
export function useCreateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['IdentityClaimInput']) => unwrap(api.POST('/me/claims', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

/** GET /clinics?q=: the clinics whose name matches, for a delegate naming where they work. */
export function useClinicsNamed(q: string) {
  return useQuery({
    queryKey: claimKeys.clinics(q),
    queryFn: () => unwrap(api.GET('/clinics', { params: { query: { q, size: 20 } } })),
    enabled: q.trim().length > 1,
    placeholderData: keepPreviousData,
    select: (page) => page.items,
  });
}
