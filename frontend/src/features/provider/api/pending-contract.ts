/**
 * ISSUE 16 PENDING CONTRACT. Hand-written from the contract sketch of issue 16 (B: `Provider.gender`): the
 * backend branch adds it to openapi.yaml in parallel. After the merge, run `npm run gen:api`, replace these
 * types by `Schemas['Provider']`, `Schemas['ProviderUpdate']` and `providerGenderValues`, and delete this file.
 */
import type { Schemas } from '../../../lib/api';

export const providerGenderValues = ['FEMALE', 'MALE', 'X'] as const;
/** `ProviderGender`; null (or absent) = not stated. */
export type ProviderGender = (typeof providerGenderValues)[number];

export type Provider = Schemas['Provider'] & { gender?: ProviderGender | null };
export type ProviderUpdate = Schemas['ProviderUpdate'] & { gender?: ProviderGender | null };
