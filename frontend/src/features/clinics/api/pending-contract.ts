/**
 * ISSUE 16 PENDING CONTRACT. Hand-written from the contract sketch of issue 16 (C: clinic verification): the
 * backend branch adds these to openapi.yaml in parallel. After the merge, run `npm run gen:api`, replace
 * `Clinic` by `Schemas['Clinic']`, call `verifyClinic` and `listClinics` through `api` itself, and delete this file.
 */
import type { Client } from 'openapi-fetch';
import { api, type Schemas } from '../../../lib/api';

/** `Clinic` with the last verification; `verificationStale` (read-only): never verified or more than 12 months ago. */
export type Clinic = Schemas['Clinic'] & {
  verifiedAt?: string | null;
  verifiedByName?: string | null;
  verificationStale?: boolean;
};

export type ClinicPage = Omit<Schemas['ClinicPage'], 'items'> & { items: Clinic[] };

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };

interface PendingPaths {
  '/clinics': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    /** `listClinics` with the new `verificationStale` filter. */
    get: {
      parameters: {
        query?: { q?: string; communityId?: string; status?: Schemas['ClinicStatus']; verificationStale?: boolean; page?: number; size?: number };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: Json<ClinicPage> };
    };
  };
  '/clinics/{clinicId}/verification': {
    parameters: { query?: never; header?: never; path: { clinicId: string }; cookie?: never };
    /** `verifyClinic`: staff provider, medical director, a delegate endorsed by one of those, admin. */
    post: {
      parameters: { query?: never; header?: never; path: { clinicId: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<Clinic> };
    };
  };
}

/** The PAS client for the operations of the sketch: the same client (token, errors), typed for them. */
export const pendingApi = api as unknown as Client<PendingPaths>;
