import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { journeySchema } from '../domain/journey-schema';
import { apiFetch } from './client';
import { instantSchema, journeyVersionNumberSchema, queryKeys } from './common';

/** One saved version: read-only; restoring it is a save of its `journey`. */
export const journeyVersionSchema = z
  .object({ version: journeyVersionNumberSchema, savedAt: instantSchema, journey: journeySchema })
  .strict();
export type JourneyVersion = z.infer<typeof journeyVersionSchema>;

export function getJourneyVersion(id: string, version: number, signal?: AbortSignal): Promise<JourneyVersion> {
  return apiFetch(`/journeys/${encodeURIComponent(id)}/versions/${version}`, { schema: journeyVersionSchema, signal });
}

export function journeyVersionQueryOptions(id: string, version: number) {
  return queryOptions({
    queryKey: queryKeys.journeys.version(id, version),
    queryFn: ({ signal }) => getJourneyVersion(id, version, signal),
    // A saved version never changes.
    staleTime: Infinity,
  });
}

export function useJourneyVersion(id: string, version: number) {
  return useQuery(journeyVersionQueryOptions(id, version));
}
