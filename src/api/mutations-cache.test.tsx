// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '../../mocks/use-mock-server';
import { setScenario } from '../../mocks/scenarios';
import { queryKeys } from './common';
import { createJourney } from './create-journey';
import { getJourney, journeyQueryOptions } from './get-journey';
import { triggersQueryOptions, type CatalogTrigger } from './list-triggers';
import { createQueryClient } from './query-client';
import { useSaveJourney } from './save-journey';
import { useUpdateTrigger } from './update-trigger';
import { NetworkError } from './client';
import { listJourneys } from './list-journeys';
import { journeysInfiniteQueryOptions } from './list-journeys';

const server = setupMockServer();

function setup() {
  const client = createQueryClient({ retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { client, wrapper };
}

describe('mutations keep the cache right', () => {
  it('a save puts the new resource in the cache and marks the lists stale', async () => {
    const { client, wrapper } = setup();
    const current = await client.fetchQuery(journeyQueryOptions('partner-roundtable-invite'));
    await client.fetchInfiniteQuery(journeysInfiniteQueryOptions());
    const { result } = renderHook(() => useSaveJourney('partner-roundtable-invite'), { wrapper });
    await act(() => result.current.mutateAsync({ journey: { ...current.journey, name: 'Renamed' }, version: current.version }));
    expect(client.getQueryData(queryKeys.journeys.detail('partner-roundtable-invite'))).toMatchObject({
      version: current.version + 1,
      journey: { name: 'Renamed' },
    });
    await waitFor(() => {
      const lists = client.getQueryCache().findAll({ queryKey: queryKeys.journeys.lists() });
      expect(lists.every((q) => q.state.isInvalidated || q.state.dataUpdateCount > 1)).toBe(true);
    });
  });

  it('a failed save leaves the cached resource alone so the editor can resolve the conflict', async () => {
    const { client, wrapper } = setup();
    const mine = await client.fetchQuery(journeyQueryOptions('partner-roundtable-invite'));
    await createJourney({ name: 'unrelated', timeZone: 'UTC' });
    setScenario('conflict', { remember: false });
    const { result } = renderHook(() => useSaveJourney('partner-roundtable-invite'), { wrapper });
    await act(async () => {
      await result.current.mutateAsync({ journey: mine.journey, version: mine.version }).catch(() => undefined);
    });
    // The mutation's state reaches the hook through TanStack Query's batched notifications.
    await waitFor(() => expect(result.current.error).toMatchObject({ status: 409 }));
    expect(client.getQueryData(queryKeys.journeys.detail('partner-roundtable-invite'))).toEqual(mine);
    expect((await getJourney('partner-roundtable-invite')).version).toBe(mine.version + 1);
  });

  it('a trigger edit shows at once and is rolled back when the server refuses it', async () => {
    const { client, wrapper } = setup();
    await client.fetchQuery(triggersQueryOptions());
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.patch('*/api/triggers/:id', async () => {
        await gate;
        return HttpResponse.json({ error: { code: 'conflict', message: 'Changed.' } }, { status: 409 });
      }),
    );
    const statusInCache = () =>
      client.getQueryData<CatalogTrigger[]>(queryKeys.triggers.all)?.find((t) => t.id === 'custom.webinar-feedback')?.status;
    const { result } = renderHook(() => useUpdateTrigger(), { wrapper });
    act(() => result.current.mutate({ id: 'custom.webinar-feedback', body: { status: 'ready' } }));
    await waitFor(() => expect(statusInCache()).toBe('ready'));
    release();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(statusInCache()).toBe('draft');
  });

  it('a cancelled request under jsdom is an abort, not a network failure (no offline banner)', async () => {
    server.use(http.get('*/api/journeys', () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = listJourneys({}, controller.signal);
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});
