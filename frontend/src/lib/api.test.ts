import { HttpResponse } from 'msw';
import { answer, problem, recordRequests } from '../testing/server';

vi.mock('./auth', () => ({ accessToken: vi.fn().mockResolvedValue('token-abc') }));

const { api, ApiError, publicApi, unwrap, unwrapWithEtag } = await import('./api');

const failure = (call: Promise<unknown>) => call.then(() => undefined, (e: unknown) => e as InstanceType<typeof ApiError>);

describe('the API client', () => {
  it('sends the bearer token and answers the body with its ETag', async () => {
    answer('get', '/clinics/{clinicId}/hours', () => HttpResponse.json({ hours: [] }, { headers: { ETag: '"7"' } }));
    const requests = recordRequests();
    const result = await unwrapWithEtag(api.GET('/clinics/{clinicId}/hours', { params: { path: { clinicId: 'c-1' } } }));
    expect(result).toEqual({ data: { hours: [] }, etag: '"7"' });
    expect(requests[0].url).toBe('http://localhost:8080/api/v1/clinics/c-1/hours');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-abc');
  });

  it('turns problem+json into an ApiError with its detail and field errors', async () => {
    answer('get', '/me', () =>
      problem(400, 'The request has invalid fields: hours[0].closes.', [{ field: 'hours[0].closes', message: 'must be after opens (09:00)' }]),
    );
    const error = await failure(unwrap(api.GET('/me')));
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.message).toBe('The request has invalid fields: hours[0].closes.');
    expect(error?.status).toBe(400);
    expect(error?.fieldError('hours[0].closes')).toBe('must be after opens (09:00)');
    expect(error?.fieldError('hours[0].opens')).toBeUndefined();
  });

  it('explains an answer that is not a problem (a proxy page) with its status', async () => {
    answer('get', '/me', () => new HttpResponse('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));
    const error = await failure(unwrap(api.GET('/me')));
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.status).toBe(502);
    expect(error?.message).toBe('The request failed (HTTP 502 Bad Gateway).');
  });

  it('says the API is unreachable when the network fails', async () => {
    answer('get', '/me', () => HttpResponse.error());
    const error = await failure(unwrap(api.GET('/me')));
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.message).toContain('could not be reached');
  });

  describe('Accept-Language', () => {
    afterEach(() => (document.documentElement.lang = 'en'));

    it('asks for the page’s language, signed in or not', async () => {
      answer('get', '/me', () => HttpResponse.json({}));
      answer('get', '/public/statistics', () => HttpResponse.json({}));
      const requests = recordRequests();
      document.documentElement.lang = 'zh-Hant';
      await api.GET('/me');
      document.documentElement.lang = 'pa';
      await publicApi.GET('/public/statistics');
      expect(requests.map((r) => r.headers.get('Accept-Language'))).toEqual(['zh-Hant', 'pa']);
    });

    it('asks for English when the page has no language', async () => {
      answer('get', '/me', () => HttpResponse.json({}));
      const requests = recordRequests();
      document.documentElement.lang = '';
      await api.GET('/me');
      expect(requests[0].headers.get('Accept-Language')).toBe('en');
    });
  });
});
