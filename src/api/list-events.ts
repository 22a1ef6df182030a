import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { catalogEventSchema, type CatalogEvent } from '../domain/catalog';
import { pageSchema, queryKeys } from './common';
import { fetchAllPages } from './pagination';

/** Counts over the event's activity; `checkIns` counts contacts checked in by the platform's rules. */
export const eventStatsSchema = z
  .object({
    registrations: z.number().int().min(0),
    cancellations: z.number().int().min(0),
    registered: z.number().int().min(0).describe('Contacts still registered (after cancellations).'),
    joinClicks: z.number().int().min(0),
    checkIns: z.number().int().min(0).describe('Distinct contacts checked in, by the platform rules.'),
  })
  .strict();
export type EventStats = z.infer<typeof eventStatsSchema>;

/** A marketing event: the catalog event of the simulator plus its activity counts. */
export const eventResourceSchema = catalogEventSchema.extend({ stats: eventStatsSchema });
export type EventResource = z.infer<typeof eventResourceSchema>;

export const listEventsQuerySchema = z.object({ cursor: z.string().optional() }).strict();
export const listEventsResponseSchema = pageSchema(eventResourceSchema);
export type ListEventsResponse = z.infer<typeof listEventsResponseSchema>;

/** The event as the validator and the simulator take it (without the API's counts). */
export function toCatalogEvent(event: EventResource): CatalogEvent {
  const { stats: _stats, ...rest } = event;
  return rest as CatalogEvent;
}

/** Every event (all pages): the catalog is small and the validator needs it whole. */
export function listEvents(signal?: AbortSignal): Promise<EventResource[]> {
  return fetchAllPages('/events', eventResourceSchema, { signal });
}

export function eventsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.events.list(),
    queryFn: ({ signal }) => listEvents(signal),
  });
}

export function useEvents() {
  return useQuery(eventsQueryOptions());
}
