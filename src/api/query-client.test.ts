import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '../../mocks/use-mock-server';
import { ApiError, NetworkError } from './client';
import { createJourney } from './create-journey';
import { journeysInfiniteQueryOptions } from './list-journeys';
import { createQueryClient, MAX_READ_RETRIES, retryDelay, shouldRetryRead } from './query-client';

const server = setupMockServer();

describe('retry policy', () => {
  it('retries reads on 5xx and network errors, a few times, never on 4xx', () => {
    const e503 = new ApiError({ status: 503, code: 'x', message: '' });
    expect(shouldRetryRead(0, e503)).toBe(true);
    expect(shouldRetryRead(0, new NetworkError('down'))).toBe(true);
    expect(shouldRetryRead(MAX_READ_RETRIES, e503)).toBe(false);
    expect(shouldRetryRead(0, new ApiError({ status: 404, code: 'x', message: '' }))).toBe(false);
    expect(shouldRetryRead(0, new ApiError({ status: 409, code: 'x', message: '' }))).toBe(false);
  });

  it('backs off exponentially, capped', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it('a read that fails with 503 twice then succeeds resolves', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/journeys', () => {
        calls += 1;
        if (calls <= 2) return HttpResponse.json({ error: { code: 'busy', message: 'Busy.' } }, { status: 503 });
        return undefined;
      }),
    );
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 1 } });
    const data = await client.fetchInfiniteQuery(journeysInfiniteQueryOptions());
    expect(calls).toBe(3);
    expect(data.pages[0].items).toHaveLength(3);
  });

  it('never retries a write on its own: one failed POST is one request', async () => {
    let calls = 0;
    server.use(
      http.post('*/api/journeys', () => {
        calls += 1;
        return HttpResponse.json({ error: { code: 'busy', message: 'Busy.' } }, { status: 503 });
      }),
    );
    const client = createQueryClient();
    const mutation = client.getMutationCache().build(client, { mutationFn: createJourney });
    await expect(mutation.execute({ name: 'X', timeZone: 'UTC' })).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
  });
});
