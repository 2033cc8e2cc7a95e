/** Query keys of a person's registrations (GET /patients/{patientId} and what hangs off it), shared by the features. */
export const patientKeys = {
  all: ['patients'] as const,
  detail: (patientId: string) => [...patientKeys.all, patientId] as const,
  estimate: (patientId: string) => [...patientKeys.detail(patientId), 'estimate'] as const,
  history: (patientId: string) => [...patientKeys.detail(patientId), 'history'] as const,
  questionnaire: (patientId: string) => [...patientKeys.detail(patientId), 'questionnaire'] as const,
};
