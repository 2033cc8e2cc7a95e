import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { HttpMethod, PathsWithMethod, SuccessResponseJSON } from 'openapi-typescript-helpers';
import type { components, paths } from '../api/schema';
import { config } from '../config/env';

/** The mocked PAS API (MSW): every test says what its endpoints answer; any other request fails the test. */
export const server = setupServer();

type Method = Extract<HttpMethod, 'get' | 'post' | 'put' | 'delete'>;
type Reply = (request: Request) => Response | Promise<Response>;
/** The JSON body of a successful answer to `method path`, as openapi.yaml describes it. */
export type Answer<M extends Method, P extends keyof paths> = paths[P] extends Record<M, infer Op extends Record<string | number, unknown>>
  ? SuccessResponseJSON<Op>
  : never;

const urlOf = (path: string) => `${config.apiUrl}${path.replace(/\{(\w+)\}/g, ':$1')}`;

/**
 * `answer('get', '/providers/{providerId}/panel', page)`: the endpoint (spelled as in openapi.yaml)
 * answers this body, typed by the contract, or whatever `reply` makes of the request.
 */
export function answer<M extends Method, P extends PathsWithMethod<paths, M>>(method: M, path: P, body: Answer<M, P> | Reply) {
  const reply: Reply = typeof body === 'function' ? (body as Reply) : () => HttpResponse.json(body as object);
  server.use(http[method](urlOf(path as string), ({ request }) => reply(request)));
}

/** An application/problem+json answer, with the field errors of a 400 when given. */
export function problem(status: number, detail: string, errors: components['schemas']['FieldError'][] = []) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Problem', status, detail, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** A JSON body with an ETag, as the API answers what can be updated with If-Match. */
export const withEtag = (body: object, etag = '"1"') => HttpResponse.json(body, { headers: { ETag: etag } });

/** Every request the app sends from now on (clones: their bodies can be read). */
export function recordRequests(): Request[] {
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(request.clone());
  });
  return requests;
}

/** The requests to `method` and a path ending with `pathEnd` (query left out). */
export const sent = (requests: Request[], method: string, pathEnd: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname.endsWith(pathEnd));
