import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch, withQuery } from './client';
import { instantSchema, journeyVersionNumberSchema, pageSchema, queryKeys } from './common';

export const journeyVersionSummarySchema = z
  .object({ version: journeyVersionNumberSchema, savedAt: instantSchema })
  .strict();
export type JourneyVersionSummary = z.infer<typeof journeyVersionSummarySchema>;

export const listJourneyVersionsQuerySchema = z.object({ cursor: z.string().optional() }).strict();
/** Newest first. */
export const listJourneyVersionsResponseSchema = pageSchema(journeyVersionSummarySchema);
export type ListJourneyVersionsResponse = z.infer<typeof listJourneyVersionsResponseSchema>;

export function listJourneyVersions(
  id: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<ListJourneyVersionsResponse> {
  return apiFetch(withQuery(`/journeys/${encodeURIComponent(id)}/versions`, { cursor }), {
    schema: listJourneyVersionsResponseSchema,
    signal,
  });
}

export function journeyVersionsInfiniteQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.journeys.versions(id),
    queryFn: ({ pageParam, signal }) => listJourneyVersions(id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The saved versions of a journey, newest first, page by page. */
export function useJourneyVersions(id: string) {
  return useInfiniteQuery(journeyVersionsInfiniteQueryOptions(id));
}
