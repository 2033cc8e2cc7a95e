import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** The coordinator's patient search: name, PHN, date of birth; blank ones left out. */
export interface PatientSearch {
  q: string;
  phn: string;
  dateOfBirth: string;
}

export const coordinatorPatientKeys = {
  all: ['coordinator-patients'] as const,
  search: (search: PatientSearch, page: number) => [...coordinatorPatientKeys.all, 'search', search, page] as const,
  detail: (patientId: string) => [...coordinatorPatientKeys.all, patientId] as const,
};

/** GET /patients (listPatients) of the coordinator's communities; nothing is asked before a criterion is given. */
export function usePatientSearch(s: PatientSearch, page: number) {
  return useQuery({
    queryKey: coordinatorPatientKeys.search(s, page),
    queryFn: () =>
      unwrap(
        api.GET('/patients', {
          params: { query: { q: s.q || undefined, phn: s.phn || undefined, dateOfBirth: s.dateOfBirth || undefined, page, size: 20 } },
        }),
      ),
    enabled: Boolean(s.q || s.phn || s.dateOfBirth),
    placeholderData: (previous) => previous,
  });
}

/** GET /patients/{patientId}. */
export function usePatient(patientId: string) {
  return useQuery({
    queryKey: coordinatorPatientKeys.detail(patientId),
    queryFn: () => unwrap(api.GET('/patients/{patientId}', { params: { path: { patientId } } })),
  });
}
