import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api';

export const clinicListKeys = {
  all: ['clinics'] as const,
  search: (q: string | undefined, page: number) => [...clinicListKeys.all, q, page] as const,
};

/** GET /clinics by name, 20 a page. */
export function useClinicSearch(q: string | undefined, page: number) {
  return useQuery({
    queryKey: clinicListKeys.search(q, page),
    queryFn: () => unwrap(api.GET('/clinics', { params: { query: { q, page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
}

/** POST /clinics */
export function useCreateClinic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ClinicCreate']) => unwrap(api.POST('/clinics', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clinicListKeys.all }),
  });
}
