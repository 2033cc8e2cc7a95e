/**
 * ISSUE 16 PENDING CONTRACT. Hand-written from the contract sketch of issue 16 (B. preferences and pause):
 * the backend branch adds these to openapi.yaml in parallel. After the merge, run `npm run gen:api` and
 * replace every type here by its `Schemas[...]` (and the `…Values` arrays by the generated ones), then
 * call the operations through `api` itself and delete this file.
 */
import type { Client } from 'openapi-fetch';
import { api, type Schemas } from '../../../lib/api';

export const providerGenderPreferenceValues = ['NO_PREFERENCE', 'FEMALE', 'MALE'] as const;
export type ProviderGenderPreference = (typeof providerGenderPreferenceValues)[number];

export const contactPreferenceValues = ['EMAIL', 'PHONE', 'TEXT'] as const;
export type ContactPreference = (typeof contactPreferenceValues)[number];

/** `PatientPreferences`: required on `Patient`, optional on `PatientRegistration` and `PatientUpdate`. */
export interface PatientPreferences {
  providerGender: ProviderGenderPreference;
  interpreterNeeded: boolean;
  /** At most 500 characters. */
  accessibilityNeeds: string | null;
  contactPreference: ContactPreference;
}

/** `WaitlistStatus` gains `PAUSED` (3 declines coded `COULD_NOT_CONTACT` since the last contact confirmation). */
export type WaitlistStatus = Schemas['WaitlistStatus'] | 'PAUSED';

/** `Patient` with `preferences` (optional here: a backend without issue 16 leaves it out) and the new status. */
export type Patient = Omit<Schemas['Patient'], 'waitlistStatus'> & { waitlistStatus?: WaitlistStatus; preferences?: PatientPreferences };

export type PatientRegistration = Schemas['PatientRegistration'] & { preferences?: PatientPreferences };
export type PatientUpdate = Schemas['PatientUpdate'] & { preferences?: PatientPreferences };

/** `WaitlistEntry` with the new fields (the contact-confirmation answers one). */
export type WaitlistEntry = Omit<Schemas['WaitlistEntry'], 'status'> & {
  status: WaitlistStatus;
  preferences?: PatientPreferences;
  contactFailures?: number;
  pausedAt?: string | null;
};

interface PendingPaths {
  '/waitlist-entries/{entryId}/contact-confirmation': {
    parameters: { query?: never; header?: never; path: { entryId: string }; cookie?: never };
    /** `confirmWaitlistContact`: PAUSED -> WAITING in the same place; 409 when not PAUSED. */
    post: {
      parameters: { query?: never; header?: never; path: { entryId: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': WaitlistEntry } };
        409: { headers: { [name: string]: unknown }; content: { 'application/problem+json': Schemas['Problem'] } };
      };
    };
  };
}

/** The PAS client for the operations of the sketch: the same client (token, errors), typed for them. */
export const pendingApi = api as unknown as Client<PendingPaths>;
