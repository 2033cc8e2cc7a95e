/**
 * PENDING CONTRACT (issue 16) — hand-written, to be REPLACED by the generated types of schema.ts once the
 * backend branches merge the new operations into openapi.yaml. Written to the names and shapes of the
 * issue's contract sketch: `requestPatients`, `listPatientRequests`, `listProviderSuggestions`,
 * `confirmWaitlistContact`, `FairnessReport.skips`, `WaitlistEntry.preferences`, `WaitlistStatus` PAUSED.
 *
 * After the merge: `PendingSchemas[X]` → `Schemas[X]`, `pendingApi` → `api`, the `…Values` lists → the
 * generated ones, and delete this file (and `AllPaths` in testing/server.ts becomes `paths`).
 */
import type { Client } from 'openapi-fetch';
import { api, type Problem, type Schemas } from '../lib/api';

export const matchRuleValues = ['RANK_ORDER', 'COMPLEXITY_MIX', 'LANGUAGE_MATCH', 'HOUSEHOLD'] as const;
export const skipReasonValues = ['COMPLEXITY_SHARE_FULL', 'LANGUAGE', 'HOUSEHOLD_TOO_LARGE', 'PREFERENCE'] as const;
export const suggestionReasonValues = ['SPEAKS_LANGUAGE', 'GENDER_PREFERENCE_MET', 'COMPLEXITY_SHARE_OPEN', 'MOST_ROOM'] as const;
export const providerGenderPreferenceValues = ['NO_PREFERENCE', 'FEMALE', 'MALE'] as const;
export const contactPreferenceValues = ['EMAIL', 'PHONE', 'TEXT'] as const;
/** `WaitlistStatus` with the new PAUSED. */
export const waitlistStatusValues = ['WAITING', 'PROPOSED', 'PAUSED', 'ATTACHED', 'WITHDRAWN', 'EXPIRED'] as const;

type Page<T> = { items: T[]; page: number; size: number; totalItems: number; totalPages: number };

interface PatientPreferences {
  providerGender: (typeof providerGenderPreferenceValues)[number];
  interpreterNeeded: boolean;
  accessibilityNeeds?: string | null;
  contactPreference: (typeof contactPreferenceValues)[number];
}

type WaitlistEntry = Omit<Schemas['WaitlistEntry'], 'status'> & {
  status: (typeof waitlistStatusValues)[number];
  /** Optional here so that the existing fixtures fit; required (or absent) as the merged contract says. */
  preferences?: PatientPreferences;
  contactFailures?: number;
  pausedAt?: string | null;
};

interface PatientRequestRoom {
  remainingThisMonth: number;
  panelRoom: number;
  outstandingProposals: number;
  granted: number;
}

interface PatientProposal {
  entry: WaitlistEntry;
  rank: number;
  rule: (typeof matchRuleValues)[number];
}

interface SkippedEntry {
  rank: number;
  communityId: string;
  complexity: Schemas['ComplexityBand'];
  reason: (typeof skipReasonValues)[number];
}

interface PatientRequest {
  id: string;
  providerId: string;
  requestedAt: string;
  requestedByName?: string | null;
  count: number;
  room: PatientRequestRoom;
  proposals: PatientProposal[];
  skipped: SkippedEntry[];
}

interface ProviderSuggestion {
  providerId: string;
  providerName: string;
  clinicName: string;
  remainingThisMonth: number;
  panelRoom: number;
  fit: number;
  reasons: (typeof suggestionReasonValues)[number][];
}

/** The new and changed schemas, by their contract names. */
export interface PendingSchemas {
  MatchRule: (typeof matchRuleValues)[number];
  SkipReason: (typeof skipReasonValues)[number];
  SuggestionReason: (typeof suggestionReasonValues)[number];
  WaitlistStatus: (typeof waitlistStatusValues)[number];
  PatientPreferences: PatientPreferences;
  WaitlistEntry: WaitlistEntry;
  Patient: Schemas['Patient'] & { preferences?: PatientPreferences };
  PatientRequestInput: { count?: number };
  PatientRequestRoom: PatientRequestRoom;
  PatientProposal: PatientProposal;
  SkippedEntry: SkippedEntry;
  PatientRequest: PatientRequest;
  PatientRequestPage: Page<PatientRequest>;
  ProviderSuggestion: ProviderSuggestion;
  ProviderSuggestionList: { items: ProviderSuggestion[] };
  SkipCount: { reason: (typeof skipReasonValues)[number]; count: number };
  FairnessReport: Schemas['FairnessReport'] & { skips?: { reason: (typeof skipReasonValues)[number]; count: number }[] };
  WaitlistEntryPage: Page<WaitlistEntry>;
}

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Failure = { headers: { [name: string]: unknown }; content: { 'application/problem+json': Problem } };
type Failures = { 400: Failure; 401: Failure; 403: Failure; 404: Failure; 409: Failure; 429: Failure; 500: Failure };
type PathParams<P> = { query?: never; header?: never; path: P; cookie?: never };
type Never = { get?: never; put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never };

/** The new operations, in the shape openapi-typescript generates (so that openapi-fetch and MSW type them). */
export interface PendingPaths {
  '/providers/{providerId}/patient-requests': Omit<Never, 'get' | 'post'> & {
    parameters: PathParams<{ providerId: string }>;
    /** listPatientRequests: newest first. */
    get: {
      parameters: { query?: { page?: number; size?: number }; header?: never; path: { providerId: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<PendingSchemas['PatientRequestPage']> } & Failures;
    };
    /** requestPatients: 201 with the proposals and the skipped entries. */
    post: {
      parameters: PathParams<{ providerId: string }>;
      requestBody: { content: { 'application/json': PendingSchemas['PatientRequestInput'] } };
      responses: { 201: Json<PendingSchemas['PatientRequest']> } & Failures;
    };
  };
  '/waitlist-entries/{entryId}/provider-suggestions': Omit<Never, 'get'> & {
    parameters: PathParams<{ entryId: string }>;
    /** listProviderSuggestions: providers with room, best fit first. */
    get: {
      parameters: PathParams<{ entryId: string }>;
      requestBody?: never;
      responses: { 200: Json<PendingSchemas['ProviderSuggestionList']> } & Failures;
    };
  };
  '/waitlist-entries/{entryId}/contact-confirmation': Omit<Never, 'post'> & {
    parameters: PathParams<{ entryId: string }>;
    /** confirmWaitlistContact: PAUSED → WAITING in the same place (409 when not paused). */
    post: {
      parameters: PathParams<{ entryId: string }>;
      requestBody?: never;
      responses: { 200: Json<PendingSchemas['WaitlistEntry']> } & Failures;
    };
  };
}

/** The API client that also knows the pending operations (the same client: same token, same errors). */
export const pendingApi = api as unknown as Client<PendingPaths>;
