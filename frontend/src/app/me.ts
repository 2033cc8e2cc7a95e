import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { useAuth } from '../lib/auth';

export const meQueryKey = ['me'] as const;

/** GET /me: the caller's provider record, directed clinics, patients and whom they act for. */
export function useMe() {
  const auth = useAuth();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap(api.GET('/me')),
    enabled: auth.status === 'signed-in',
    staleTime: 60_000,
  });
}

/** The realm roles from the sign-in token (cosmetic: the API enforces every rule). */
export function useRoles(): string[] {
  const auth = useAuth();
  return auth.status === 'signed-in' ? auth.user.roles : [];
}
