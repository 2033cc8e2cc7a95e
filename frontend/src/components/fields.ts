import { ApiError } from '../lib/api';

export interface Option {
  value: string;
  label: string;
}

/** The API's message for one field of a failed request, to show next to that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}

/** Options for a select from enum codes, labelled in words. */
export function optionsOf(codes: readonly string[], label: (code: string) => string): Option[] {
  return codes.map((value) => ({ value, label: label(value) }));
}

