import { useMutation, useQueryClient } from '@tanstack/react-query';
import { providerKeys } from '../../../api/providers';
import { api, unwrap, type Schemas } from '../../../lib/api';

/** POST /providers: register a provider (the search is `useProviders` of the shared api). */
export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ProviderCreate']) => unwrap(api.POST('/providers', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: providerKeys.all }),
  });
}
