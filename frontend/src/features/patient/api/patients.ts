import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { meKeys } from '../../../api/me';
import { patientKeys } from '../../../api/patients';
import { api, idempotencyKey, unwrap, unwrapWithEtag, type Schemas } from '../../../lib/api';

/** GET /patients/{patientId}, with the ETag to update it. */
export function usePatient(patientId: string) {
  return useQuery({
    queryKey: patientKeys.detail(patientId),
    queryFn: () => unwrapWithEtag(api.GET('/patients/{patientId}', { params: { path: { patientId } } })),
  });
}

/** POST /patients. One Idempotency-Key per body: a retry of the same registration cannot register twice. */
export function useRegisterPatient() {
  const queryClient = useQueryClient();
  const keys = useRef(new Map<string, string>());
  return useMutation({
    mutationFn: (body: Schemas['PatientRegistration']) => {
      const json = JSON.stringify(body);
      if (!keys.current.has(json)) keys.current.set(json, idempotencyKey());
      return unwrap(api.POST('/patients', { body, params: { header: { 'Idempotency-Key': keys.current.get(json)! } } }));
    },
    // GET /me lists the caller's patients.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

/** PUT /patients/{patientId} with If-Match. */
export function useUpdatePatient(patientId: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PatientUpdate']) =>
      unwrap(api.PUT('/patients/{patientId}', { params: { path: { patientId }, header: { 'If-Match': etag } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: patientKeys.detail(patientId) }),
  });
}

/** GET /patients/{patientId}/wait-estimate. */
export function useWaitEstimate(patientId: string) {
  return useQuery({
    queryKey: patientKeys.estimate(patientId),
    queryFn: () => unwrap(api.GET('/patients/{patientId}/wait-estimate', { params: { path: { patientId } } })),
  });
}

/** GET /patients/{patientId}/history: the waitlist transitions (up to 100). */
export function usePatientHistory(patientId: string) {
  return useQuery({
    queryKey: patientKeys.history(patientId),
    queryFn: () => unwrap(api.GET('/patients/{patientId}/history', { params: { path: { patientId }, query: { size: 100 } } })),
  });
}

/** GET /patients/{patientId}/questionnaire, with the ETag to update it. */
export function useQuestionnaire(patientId: string) {
  return useQuery({
    queryKey: patientKeys.questionnaire(patientId),
    queryFn: () => unwrapWithEtag(api.GET('/patients/{patientId}/questionnaire', { params: { path: { patientId } } })),
  });
}

/** PUT /patients/{patientId}/questionnaire with If-Match: answers the new priority points. */
export function useSaveQuestionnaire(patientId: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['HealthQuestionnaire']) =>
      unwrap(api.PUT('/patients/{patientId}/questionnaire', { params: { path: { patientId }, header: { 'If-Match': etag } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: patientKeys.detail(patientId) }),
  });
}
