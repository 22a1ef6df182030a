import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client';
import { queryKeys } from './common';

/** `204 No Content`. */
export const deleteJourneyResponseSchema = z.undefined();

export function deleteJourney(id: string): Promise<void> {
  return apiFetch(`/journeys/${encodeURIComponent(id)}`, { method: 'DELETE', schema: deleteJourneyResponseSchema });
}

/** Deletes; a live journey is refused with a 409 `ApiError` (stop it first). */
export function useDeleteJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteJourney,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.journeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.journeys.lists() });
    },
  });
}
