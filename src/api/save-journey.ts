import { useMutation, useQueryClient } from '@tanstack/react-query';
import { journeySchema, type Journey } from '../domain/journey-schema';
import { ApiError, apiFetch } from './client';
import {
  etagOf,
  journeyConflictDetailsSchema,
  journeyResourceSchema,
  queryKeys,
  type JourneyResource,
} from './common';

export const saveJourneyBodySchema = journeySchema;
export const saveJourneyResponseSchema = journeyResourceSchema;

export type SaveJourneyInput = {
  journey: Journey;
  /** The version the edit started from; sent as `If-Match: "<version>"`. */
  version: number;
};

export function saveJourney(id: string, input: SaveJourneyInput): Promise<JourneyResource> {
  return apiFetch(`/journeys/${encodeURIComponent(id)}`, {
    method: 'PUT',
    json: input.journey,
    headers: { 'If-Match': etagOf(input.version) },
    schema: saveJourneyResponseSchema,
  });
}

/** The server's current resource when `error` is a save conflict (409), else null. */
export function conflictCurrent(error: unknown): JourneyResource | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = journeyConflictDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.current : null;
}

/**
 * Saves with `If-Match`. A 409 rejects with an `ApiError` whose `details.current` is the server's
 * resource (read it with `conflictCurrent`); the cache is left alone then, so the editor decides.
 * Not retried: a save that failed is re-sent by the editor, with the version it knows.
 */
export function useSaveJourney(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveJourneyInput) => saveJourney(id, input),
    onSuccess: (resource) => {
      queryClient.setQueryData(queryKeys.journeys.detail(id), resource);
      void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.versions(id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.journeys.lists() });
    },
  });
}
