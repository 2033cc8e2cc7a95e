import type { PendingSchemas } from '../api/pending-contract';
import { ids, pageOf, patientSummary, proposal, waitlistEntry } from './fixtures';

/**
 * Example resources of the pending issue 16 contract (api/pending-contract.ts): move into fixtures.ts,
 * typed by schema.ts, once openapi.yaml has them.
 */

export const preferences = (patch: Partial<PendingSchemas['PatientPreferences']> = {}): PendingSchemas['PatientPreferences'] => ({
  providerGender: 'NO_PREFERENCE',
  interpreterNeeded: false,
  accessibilityNeeds: null,
  contactPreference: 'EMAIL',
  ...patch,
});

/** An entry proposed to the provider of `ids.provider` by a patient request, with the patient's preferences. */
export const proposedEntry = (id: string, givenNames: string, patch: Partial<PendingSchemas['WaitlistEntry']> = {}): PendingSchemas['WaitlistEntry'] => ({
  ...waitlistEntry({ id, patient: patientSummary({ givenNames }), status: 'PROPOSED', proposal: proposal() }),
  preferences: preferences(),
  contactFailures: 0,
  pausedAt: null,
  ...patch,
});

export const pausedEntry = (patch: Partial<PendingSchemas['WaitlistEntry']> = {}): PendingSchemas['WaitlistEntry'] => ({
  ...waitlistEntry(),
  status: 'PAUSED',
  preferences: preferences({ contactPreference: 'PHONE' }),
  contactFailures: 3,
  pausedAt: '2026-12-02T10:00:00Z',
  ...patch,
});

export const patientRequest = (patch: Partial<PendingSchemas['PatientRequest']> = {}): PendingSchemas['PatientRequest'] => ({
  id: '99999999-9999-4999-8999-999999999999',
  providerId: ids.provider,
  requestedAt: '2026-12-03T17:00:00Z',
  requestedByName: 'Dr. Jordan Lee',
  count: 10,
  room: { remainingThisMonth: 5, panelRoom: 40, outstandingProposals: 3, granted: 2 },
  proposals: [],
  skipped: [],
  ...patch,
});

export const patientRequestPage = (items: PendingSchemas['PatientRequest'][]): PendingSchemas['PatientRequestPage'] => pageOf(items, 10);

export const suggestion = (patch: Partial<PendingSchemas['ProviderSuggestion']> = {}): PendingSchemas['ProviderSuggestion'] => ({
  providerId: ids.provider,
  providerName: 'Dr. Jordan Lee',
  clinicName: 'False Creek Family Practice',
  remainingThisMonth: 4,
  panelRoom: 120,
  fit: 3,
  reasons: ['SPEAKS_LANGUAGE', 'MOST_ROOM'],
  ...patch,
});
