import { afterEach, vi } from 'vitest';

vi.mock('./auth', () => ({ accessToken: vi.fn().mockResolvedValue('token-abc') }));

const { api, ApiError, unwrap, unwrapWithEtag } = await import('./api');

afterEach(() => vi.unstubAllGlobals());

function stubFetch(response: () => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (request: Request) => {
    void request;
    return response();
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the API client', () => {
  it('sends the bearer token and answers the body with its ETag', async () => {
    const fetchMock = stubFetch(
      () => new Response(JSON.stringify({ hours: [] }), { headers: { 'Content-Type': 'application/json', ETag: '"7"' } }),
    );
    const result = await unwrapWithEtag(api.GET('/clinics/{clinicId}/hours', { params: { path: { clinicId: 'c-1' } } }));
    expect(result).toEqual({ data: { hours: [] }, etag: '"7"' });
    const request = fetchMock.mock.calls[0][0];
    expect(request.url).toBe('http://localhost:8080/api/v1/clinics/c-1/hours');
    expect(request.headers.get('Authorization')).toBe('Bearer token-abc');
  });

  it('turns problem+json into an ApiError with its detail and field errors', async () => {
    stubFetch(
      () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'The request has invalid fields: hours[0].closes.',
            errors: [{ field: 'hours[0].closes', message: 'must be after opens (09:00)' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );
    const error = await unwrap(api.GET('/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as InstanceType<typeof ApiError>).message).toBe('The request has invalid fields: hours[0].closes.');
    expect((error as InstanceType<typeof ApiError>).status).toBe(400);
    expect((error as InstanceType<typeof ApiError>).fieldError('hours[0].closes')).toBe('must be after opens (09:00)');
    expect((error as InstanceType<typeof ApiError>).fieldError('hours[0].opens')).toBeUndefined();
  });

  it('explains an answer that is not a problem (a proxy page) with its status', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));
    const error = (await unwrap(api.GET('/me')).catch((e: unknown) => e)) as InstanceType<typeof ApiError>;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.message).toBe('The request failed (HTTP 502 Bad Gateway).');
  });

  it('says the API is unreachable when the network fails', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = (await unwrap(api.GET('/me')).catch((e: unknown) => e)) as InstanceType<typeof ApiError>;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toContain('could not be reached');
  });
});
