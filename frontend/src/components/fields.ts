import { ApiError } from '../lib/api';

export interface Option<V extends string = string> {
  value: V;
  label: string;
  /** The language of the label when it differs from the page's (a language named in itself). */
  lang?: string;
}

/** The API's message for one field of a failed request, to show next to that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}

/** Options for a select from enum codes (the generated `…Values` of the schema), labelled in words. */
export function optionsOf<V extends string>(codes: readonly V[], label: (code: V) => string): Option<V>[] {
  return codes.map((value) => ({ value, label: label(value) }));
}
