import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../../lib/api';

export const clinicKeys = {
  list: (query: ClinicListQuery) => ['clinics', query] as const,
  detail: (clinicId: string) => ['clinic', clinicId] as const,
  hours: (clinicId: string) => [...clinicKeys.detail(clinicId), 'hours'] as const,
  staff: (clinicId: string) => [...clinicKeys.detail(clinicId), 'staff'] as const,
};

export interface ClinicListQuery {
  q?: string;
  verificationStale?: boolean;
  page: number;
}

/** GET /clinics/{clinicId}, with the ETag to update it. */
export function useClinic(clinicId: string) {
  return useQuery({
    queryKey: clinicKeys.detail(clinicId),
    queryFn: () => unwrapWithEtag(api.GET('/clinics/{clinicId}', { params: { path: { clinicId } } })),
  });
}

/** GET /clinics by name, only those whose verification is stale when asked; 20 a page. */
export function useClinicList(query: ClinicListQuery) {
  return useQuery({
    queryKey: clinicKeys.list(query),
    queryFn: () =>
      unwrap(
        api.GET('/clinics', {
          params: { query: { q: query.q, verificationStale: query.verificationStale || undefined, page: query.page, size: 20 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/** POST /clinics/{clinicId}/verification (`verifyClinic`): "this clinic's information is correct". */
export function useVerifyClinic(clinicId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/clinics/{clinicId}/verification', { params: { path: { clinicId } } })),
    // The clinic anew (and its ETag: the details form updates with it); lists show the new date.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: clinicKeys.detail(clinicId), exact: true });
      void queryClient.invalidateQueries({ queryKey: ['clinics'] });
    },
  });
}

/** PUT /clinics/{clinicId} with If-Match. */
export function useUpdateClinic(clinicId: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ClinicUpdate']) =>
      unwrap(api.PUT('/clinics/{clinicId}', { params: { path: { clinicId }, header: { 'If-Match': etag } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.detail(clinicId), exact: true }),
  });
}

/** GET /clinics/{clinicId}/hours, with the ETag to replace them. */
export function useClinicHours(clinicId: string) {
  return useQuery({
    queryKey: clinicKeys.hours(clinicId),
    queryFn: () => unwrapWithEtag(api.GET('/clinics/{clinicId}/hours', { params: { path: { clinicId } } })),
  });
}

/** PUT /clinics/{clinicId}/hours with If-Match: the whole week at once. */
export function useSaveClinicHours(clinicId: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (hours: Schemas['OpeningHours'][]) =>
      unwrap(api.PUT('/clinics/{clinicId}/hours', { params: { path: { clinicId }, header: { 'If-Match': etag } }, body: { hours } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.hours(clinicId) }),
  });
}

/** GET /clinics/{clinicId}/staff (up to 100). */
export function useClinicStaff(clinicId: string) {
  return useQuery({
    queryKey: clinicKeys.staff(clinicId),
    queryFn: () => unwrap(api.GET('/clinics/{clinicId}/staff', { params: { path: { clinicId }, query: { size: 100 } } })),
  });
}

/** POST /clinics/{clinicId}/staff */
export function useAddStaff(clinicId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ClinicStaffInput']) => unwrap(api.POST('/clinics/{clinicId}/staff', { params: { path: { clinicId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.staff(clinicId) }),
  });
}

/** DELETE /clinics/{clinicId}/staff/{staffId} */
export function useRemoveStaff(clinicId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (staffId: string) => unwrap(api.DELETE('/clinics/{clinicId}/staff/{staffId}', { params: { path: { clinicId, staffId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.staff(clinicId) }),
  });
}
