import { config } from '../config';
import { accessToken } from './auth';

/** RFC 9457 problem details, as the PAS API sends them (application/problem+json). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `The request failed (HTTP ${problem.status ?? '?'}).`);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

async function problemOf(response: Response): Promise<Problem> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      return { status: response.status, ...((await response.json()) as Problem) };
    } catch {
      // fall through to a problem built from the status line
    }
  }
  return { status: response.status, title: response.statusText || 'Request failed' };
}

/** GET a path under the API base URL with the signed-in user's bearer token. */
export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const token = await accessToken();
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl}${path}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      title: 'API unreachable',
      detail: `The PAS API at ${config.apiUrl} could not be reached.`,
    });
  }
  if (!response.ok) {
    throw new ApiError(await problemOf(response));
  }
  return (await response.json()) as T;
}

/** What GET /me answers. Hand-written for the placeholder; later generated from openapi.yaml. */
export interface Me {
  name?: string;
  roles?: string[];
  [key: string]: unknown;
}

export const fetchMe = (signal?: AbortSignal) => apiGet<Me>('/me', signal);
