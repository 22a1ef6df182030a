import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { eventRecordSchema } from '../simulator/inputs';
import { apiFetch, withQuery } from './client';
import { pageSchema, queryKeys } from './common';

/** Exactly the simulator's event-log records (simulation.md), in instant order. */
export const activityRecordSchema = eventRecordSchema;
export type ActivityRecord = z.infer<typeof activityRecordSchema>;

export const listEventActivityQuerySchema = z.object({ cursor: z.string().optional() }).strict();
export const listEventActivityResponseSchema = pageSchema(activityRecordSchema);
export type ListEventActivityResponse = z.infer<typeof listEventActivityResponseSchema>;

export function listEventActivity(
  id: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<ListEventActivityResponse> {
  return apiFetch(withQuery(`/events/${encodeURIComponent(id)}/activity`, { cursor }), {
    schema: listEventActivityResponseSchema,
    signal,
  });
}

export function eventActivityInfiniteQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.events.activity(id),
    queryFn: ({ pageParam, signal }) => listEventActivity(id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The event's activity, page by page (20 records each), oldest first. */
export function useEventActivity(id: string) {
  return useInfiniteQuery(eventActivityInfiniteQueryOptions(id));
}
