import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './common';
import { eventResourceSchema, type EventResource } from './list-events';

export const getEventResponseSchema = eventResourceSchema;

export function getEvent(id: string, signal?: AbortSignal): Promise<EventResource> {
  return apiFetch(`/events/${encodeURIComponent(id)}`, { schema: getEventResponseSchema, signal });
}

export function eventQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.events.detail(id), queryFn: ({ signal }) => getEvent(id, signal) });
}

export function useEvent(id: string) {
  return useQuery(eventQueryOptions(id));
}
