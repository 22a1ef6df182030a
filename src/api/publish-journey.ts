import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch } from './client';
import {
  journeyResourceSchema,
  queryKeys,
  validationDetailsSchema,
  type ApiFinding,
  type JourneyResource,
} from './common';

export const publishJourneyResponseSchema = journeyResourceSchema;

export function publishJourney(id: string): Promise<JourneyResource> {
  return apiFetch(`/journeys/${encodeURIComponent(id)}/publish`, {
    method: 'POST',
    schema: publishJourneyResponseSchema,
  });
}

/** The validator's findings carried by a 422, else null. */
export function validationFindings(error: unknown): ApiFinding[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const parsed = validationDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.findings : null;
}

/** Publishes (status `live`); a journey with errors rejects with 422, findings in `details.findings`. */
export function usePublishJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishJourney,
    onSuccess: (resource) => {
      queryClient.setQueryData(queryKeys.journeys.detail(resource.journey.id), resource);
      return queryClient.invalidateQueries({ queryKey: queryKeys.journeys.lists() });
    },
  });
}
