import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setupMockServer } from '../../mocks/use-mock-server';
import { ApiError, apiFetch, apiUrl, isRetryable, NetworkError, withQuery } from './client';

const server = setupMockServer();
const okSchema = z.object({ ok: z.literal(true) });

describe('apiFetch', () => {
  it('parses a JSON error body into an ApiError with status, code, message and details', async () => {
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json({ error: { code: 'nope', message: 'Not today.', details: { why: 1 } } }, { status: 409 }),
      ),
    );
    const error = await apiFetch('/thing', { schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'nope', message: 'Not today.', details: { why: 1 } });
  });

  it('turns an error without the JSON error shape into an ApiError that names the status', async () => {
    server.use(http.get('*/api/thing', () => new HttpResponse('Bad gateway', { status: 502 })));
    const error = await apiFetch('/thing', { schema: okSchema }).catch((e) => e);
    expect(error).toMatchObject({ status: 502, code: 'http-502' });
    expect(error.message).toContain('502');
  });

  it('reports a failed connection as a NetworkError, distinct from ApiError', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.error()));
    const error = await apiFetch('/thing', { schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('treats a web page instead of the API (no backend behind a static host) as unreachable', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.html('<!doctype html><div id="root"></div>')));
    const error = await apiFetch('/thing', { schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain('No API answered');
  });

  it('treats a bare 404 (no API error body) as no API at this address', async () => {
    server.use(http.get('*/api/thing', () => new HttpResponse(null, { status: 404 })));
    const error = await apiFetch('/thing', { schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    server.use(http.get('*/api/thing', () => HttpResponse.json({ error: { code: 'not-found', message: 'No thing.' } }, { status: 404 })));
    expect(await apiFetch('/thing', { schema: okSchema }).catch((e) => e)).toMatchObject({ status: 404, code: 'not-found' });
  });

  it('rejects an answer of the wrong shape with code invalid-response and where it differs', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: 'yes' })));
    const error = await apiFetch('/thing', { schema: okSchema }).catch((e) => e);
    expect(error).toMatchObject({ code: 'invalid-response', status: 200 });
    expect(error.message).toContain('ok');
  });

  it('sends JSON bodies with their content type and accepts 204 without a body', async () => {
    let seen: { type: string | null; body: unknown } | null = null;
    server.use(
      http.post('*/api/thing', async ({ request }) => {
        seen = { type: request.headers.get('Content-Type'), body: await request.json() };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await expect(apiFetch('/thing', { method: 'POST', json: { a: 1 }, schema: z.undefined() })).resolves.toBeUndefined();
    expect(seen).toEqual({ type: 'application/json', body: { a: 1 } });
  });

  it('lets aborts through untouched so queries can be cancelled', async () => {
    server.use(http.get('*/api/thing', async () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = apiFetch('/thing', { schema: okSchema, signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('helpers', () => {
  it('isRetryable: 5xx and network errors only', () => {
    expect(isRetryable(new NetworkError('down'))).toBe(true);
    expect(isRetryable(new ApiError({ status: 503, code: 'x', message: '' }))).toBe(true);
    expect(isRetryable(new ApiError({ status: 500, code: 'x', message: '' }))).toBe(true);
    expect(isRetryable(new ApiError({ status: 409, code: 'x', message: '' }))).toBe(false);
    expect(isRetryable(new ApiError({ status: 422, code: 'x', message: '' }))).toBe(false);
    expect(isRetryable(new Error('bug'))).toBe(false);
  });

  it('withQuery leaves out empty parameters; apiUrl resolves a relative base', () => {
    expect(withQuery('/journeys', { search: '', status: 'live', cursor: undefined })).toBe('/journeys?status=live');
    expect(withQuery('/journeys', {})).toBe('/journeys');
    expect(apiUrl('/journeys', '/api')).toBe('http://localhost/api/journeys');
    expect(apiUrl('/journeys', 'https://api.example.com/v1')).toBe('https://api.example.com/v1/journeys');
  });
});
