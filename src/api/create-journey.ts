import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { journeySchema, type Journey } from '../domain/journey-schema';
import { apiFetch } from './client';
import { journeyResourceSchema, queryKeys, type JourneyResource } from './common';

/** A new, empty draft. */
export const createJourneyFromNameSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    timeZone: z.string().min(1).describe('IANA time zone, e.g. `Europe/Paris`.'),
  })
  .strict();
export type CreateJourneyFromName = z.infer<typeof createJourneyFromNameSchema>;

/**
 * `{ name, timeZone }`, or a whole journey document (import). A document is recognised by its
 * `schemaVersion`; when its id is taken the server gives the copy a free one.
 */
export const createJourneyBodySchema = z.union([createJourneyFromNameSchema, journeySchema]);
export type CreateJourneyBody = CreateJourneyFromName | Journey;

export const createJourneyResponseSchema = journeyResourceSchema;

export function createJourney(body: CreateJourneyBody): Promise<JourneyResource> {
  return apiFetch('/journeys', { method: 'POST', json: body, schema: createJourneyResponseSchema });
}

/** Creates (or imports) a journey; the new resource is put in the cache and the lists refetch. */
export function useCreateJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createJourney,
    onSuccess: (resource) => {
      queryClient.setQueryData(queryKeys.journeys.detail(resource.journey.id), resource);
      return queryClient.invalidateQueries({ queryKey: queryKeys.journeys.lists() });
    },
  });
}
