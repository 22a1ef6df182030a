import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import { journeyResourceSchema, queryKeys, type JourneyResource } from './common';

export const getJourneyResponseSchema = journeyResourceSchema;

export function getJourney(id: string, signal?: AbortSignal): Promise<JourneyResource> {
  return apiFetch(`/journeys/${encodeURIComponent(id)}`, { schema: getJourneyResponseSchema, signal });
}

export function journeyQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.journeys.detail(id),
    queryFn: ({ signal }) => getJourney(id, signal),
  });
}

/** The journey resource; its `version` is what `useSaveJourney` sends as `If-Match`. */
export function useJourney(id: string) {
  return useQuery(journeyQueryOptions(id));
}
