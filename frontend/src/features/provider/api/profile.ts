import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { providerKeys } from '../../../api/providers';
import { api, unwrap, unwrapWithEtag } from '../../../lib/api';
import type { Provider, ProviderUpdate } from './pending-contract';

const profileKey = (providerId: string) => [...providerKeys.detail(providerId), 'profile'] as const;

/** GET /providers/{providerId} with the ETag to update it (typed with issue 16's `gender`). */
export function useProviderProfile(providerId: string) {
  return useQuery({
    queryKey: profileKey(providerId),
    queryFn: () => unwrapWithEtag(api.GET('/providers/{providerId}', { params: { path: { providerId } } })) as Promise<{ data: Provider; etag: string }>,
  });
}

/** PUT /providers/{providerId} with If-Match: the provider's own profile (or an admin). */
export function useUpdateProfile(providerId: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProviderUpdate) =>
      unwrap(api.PUT('/providers/{providerId}', { params: { path: { providerId }, header: { 'If-Match': etag } }, body })),
    // The profile and the name the practice's screens show.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: providerKeys.detail(providerId) }),
  });
}
