import createClient from 'openapi-fetch';
import type { components, paths } from '../api/schema';
import { config } from '../config/env';
import { accessToken } from './auth';

/** Every schema of openapi.yaml, e.g. `Schemas['Patient']`. Generated: never copy a type by hand. */
export type Schemas = components['schemas'];

/**
 * RFC 9457 problem details (application/problem+json): the contract's `Problem`, every member optional
 * because a proxy or a network failure may answer without them.
 */
export type Problem = Partial<Schemas['Problem']>;

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `The request failed (HTTP ${problem.status ?? '?'}).`);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number | undefined {
    return this.problem.status;
  }

  /** The message the API gave for one field (`phn`, `address.postalCode`, `hours[0].closes`...). */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

/** A network failure (not an answer) in words; an aborted request stays an abort. */
const unreachable = {
  onError({ error }: { error: unknown }) {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    return new ApiError({
      title: 'API unreachable',
      detail: `The PAS API at ${config.apiUrl} could not be reached. Check your connection and try again.`,
    });
  },
};

/**
 * Every request asks for the page's language (the `<html lang>` the i18n core keeps in step with the
 * chosen one): the API answers the patients' operations' problems in it, English otherwise.
 */
const inPageLanguage = {
  onRequest({ request }: { request: Request }) {
    request.headers.set('Accept-Language', document.documentElement.lang || 'en');
    return request;
  },
};

/**
 * The typed PAS API client. Each call gets a fresh bearer token (refreshed when it has less than
 * 30 s left); `fetch` is looked up at call time so that tests can stub it.
 */
export const api = createClient<paths>({
  baseUrl: config.apiUrl,
  fetch: (request) => globalThis.fetch(request),
});

api.use({
  async onRequest({ request }) {
    request.headers.set('Authorization', `Bearer ${await accessToken()}`);
    return request;
  },
  ...unreachable,
});
api.use(inPageLanguage);

/**
 * The client of the public operations (`security: []`, e.g. the statistics): no token, so that a visitor
 * who is not signed in can call them and the answers stay cacheable.
 */
export const publicApi = createClient<paths>({
  baseUrl: config.apiUrl,
  fetch: (request) => globalThis.fetch(request),
});

publicApi.use(unreachable, inPageLanguage);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function problemOf(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object') {
    return { status: response.status, ...(error as Problem) };
  }
  // Not a problem document (e.g. a proxy's HTML page): say what happened without showing the body.
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return { status: response.status, title: response.statusText || 'Request failed', detail: `The request failed (HTTP ${status}).` };
}

/** The body of a successful answer; a problem+json answer becomes an {@link ApiError}. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(problemOf(error, response));
  return data as T;
}

/** Like {@link unwrap}, with the `ETag` to send back as `If-Match` when updating. */
export async function unwrapWithEtag<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; etag: string }> {
  const result = await call;
  const data = await unwrap(Promise.resolve(result));
  return { data, etag: result.response.headers.get('ETag') ?? '' };
}

/** A new Idempotency-Key for a create that must not happen twice. */
export const idempotencyKey = () => globalThis.crypto.randomUUID();

/** The message to show for any failure: the problem's `detail` when the API sent one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
