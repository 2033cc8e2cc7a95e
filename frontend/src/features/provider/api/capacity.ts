import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../../lib/api';

export const capacityKeys = {
  of: (providerId: string) => ['capacity', providerId] as const,
};

/** GET /providers/{providerId}/capacity, with the ETag to update it. */
export function useCapacity(providerId: string) {
  return useQuery({
    queryKey: capacityKeys.of(providerId),
    queryFn: () => unwrapWithEtag(api.GET('/providers/{providerId}/capacity', { params: { path: { providerId } } })),
  });
}

/** PUT /providers/{providerId}/capacity with If-Match: saving also confirms it. */
export function useSaveCapacity(providerId: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CapacityInput']) =>
      unwrap(api.PUT('/providers/{providerId}/capacity', { params: { path: { providerId }, header: { 'If-Match': etag } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: capacityKeys.of(providerId) }),
  });
}

/** POST /providers/{providerId}/capacity/confirm: "it is still true". */
export function useConfirmCapacity(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/providers/{providerId}/capacity/confirm', { params: { path: { providerId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: capacityKeys.of(providerId) }),
  });
}
