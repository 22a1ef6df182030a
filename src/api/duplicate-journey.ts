import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { journeyResourceSchema, queryKeys, type JourneyResource } from './common';

export const duplicateJourneyResponseSchema = journeyResourceSchema;

export function duplicateJourney(id: string): Promise<JourneyResource> {
  return apiFetch(`/journeys/${encodeURIComponent(id)}/duplicate`, {
    method: 'POST',
    schema: duplicateJourneyResponseSchema,
  });
}

/** Copies a journey as a new draft (new id, name "… (copy)"). */
export function useDuplicateJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: duplicateJourney,
    onSuccess: (resource) => {
      queryClient.setQueryData(queryKeys.journeys.detail(resource.journey.id), resource);
      return queryClient.invalidateQueries({ queryKey: queryKeys.journeys.lists() });
    },
  });
}
