import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch, withQuery } from './client';
import {
  journeyStatusSchema,
  journeySummarySchema,
  pageSchema,
  queryKeys,
  type JourneyListFilters,
} from './common';

export const listJourneysQuerySchema = z
  .object({
    search: z.string().optional().describe('Case-insensitive substring of the name or id.'),
    status: journeyStatusSchema.optional(),
    cursor: z.string().optional(),
  })
  .strict();
export type ListJourneysQuery = z.infer<typeof listJourneysQuerySchema>;

export const listJourneysResponseSchema = pageSchema(journeySummarySchema);
export type ListJourneysResponse = z.infer<typeof listJourneysResponseSchema>;

export function listJourneys(query: ListJourneysQuery, signal?: AbortSignal): Promise<ListJourneysResponse> {
  return apiFetch(withQuery('/journeys', query), { schema: listJourneysResponseSchema, signal });
}

export function journeysInfiniteQueryOptions(filters: JourneyListFilters = {}) {
  return infiniteQueryOptions({
    queryKey: queryKeys.journeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      listJourneys({ search: filters.search || undefined, status: filters.status, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Journeys matching the filters, page by page (`fetchNextPage` for "Load more"). */
export function useJourneys(filters: JourneyListFilters = {}) {
  return useInfiniteQuery(journeysInfiniteQueryOptions(filters));
}
