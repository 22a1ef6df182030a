import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { journeyResourceSchema, queryKeys, type JourneyResource } from './common';

export const stopJourneyResponseSchema = journeyResourceSchema;

export function stopJourney(id: string): Promise<JourneyResource> {
  return apiFetch(`/journeys/${encodeURIComponent(id)}/stop`, { method: 'POST', schema: stopJourneyResponseSchema });
}

/** Stops a live journey (status `stopped`); a journey that is not live rejects with 409. */
export function useStopJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopJourney,
    onSuccess: (resource) => {
      queryClient.setQueryData(queryKeys.journeys.detail(resource.journey.id), resource);
      return queryClient.invalidateQueries({ queryKey: queryKeys.journeys.lists() });
    },
  });
}
