import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api';

export const duplicateKeys = {
  all: ['duplicates'] as const,
  list: (status: Schemas['DuplicateStatus'], page: number) => [...duplicateKeys.all, status, page] as const,
};

/** GET /duplicate-candidates by status, 10 a page. */
export function useDuplicateCandidates(status: Schemas['DuplicateStatus'], page: number) {
  return useQuery({
    queryKey: duplicateKeys.list(status, page),
    queryFn: () => unwrap(api.GET('/duplicate-candidates', { params: { query: { status, page, size: 10 } } })),
  });
}

/** POST /duplicate-candidates/{candidateId}/merge into the record to keep. */
export function useMerge(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['DuplicateMerge']) =>
      unwrap(api.POST('/duplicate-candidates/{candidateId}/merge', { params: { path: { candidateId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
  });
}

/** POST /duplicate-candidates/{candidateId}/dismiss: two different people. */
export function useDismiss(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['DuplicateDismissal']) =>
      unwrap(api.POST('/duplicate-candidates/{candidateId}/dismiss', { params: { path: { candidateId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
  });
}
