import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api';
import { waitlistKeys } from '../../../api/waitlist';
import { unwrap } from '../../../lib/api';
import { capacityKeys } from './capacity';

export const patientRequestKeys = {
  of: (providerId: string) => ['patient-requests', providerId] as const,
  page: (providerId: string, page: number) => [...patientRequestKeys.of(providerId), page] as const,
};

/** GET /providers/{providerId}/patient-requests (listPatientRequests): the past requests, newest first. */
export function usePatientRequests(providerId: string, page: number) {
  return useQuery({
    queryKey: patientRequestKeys.page(providerId, page),
    queryFn: () =>
      unwrap(api.GET('/providers/{providerId}/patient-requests', { params: { path: { providerId }, query: { page, size: 10 } } })),
    placeholderData: (previous) => previous,
  });
}

/**
 * POST /providers/{providerId}/patient-requests (requestPatients): PAS proposes up to `count` patients
 * who fit; they become proposals to this provider, so the waitlist and the past requests change too.
 */
export function useRequestPatients(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PatientRequestInput']) =>
      unwrap(api.POST('/providers/{providerId}/patient-requests', { params: { path: { providerId } }, body })),
    onSuccess: () => {
      for (const queryKey of [patientRequestKeys.of(providerId), waitlistKeys.all, capacityKeys.of(providerId)]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
