import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { providerKeys } from '../../../api/providers';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../../lib/api';

const profileKey = (providerId: string) => [...providerKeys.detail(providerId), 'profile'] as const;

/** GET /providers/{providerId} with the ETag to update it. */
export function useProviderProfile(providerId: string) {
  return useQuery({
    queryKey: profileKey(providerId),
    queryFn: () => unwrapWithEtag(api.GET('/providers/{providerId}', { params: { path: { providerId } } })),
  });
}

/** PUT /providers/{providerId} with If-Match: the provider's own profile (or an admin). */
export function useUpdateProfile(providerId: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProviderUpdate']) =>
      unwrap(api.PUT('/providers/{providerId}', { params: { path: { providerId }, header: { 'If-Match': etag } }, body })),
    // The profile and the name the practice's screens show.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: providerKeys.detail(providerId) }),
  });
}
