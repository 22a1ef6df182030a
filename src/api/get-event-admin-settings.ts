import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { isPositiveDuration, isValidZone, parseDuration } from '../domain/time';
import { matchingStrategies } from '../simulator/inputs';
import { apiFetch } from './client';
import { queryKeys } from './common';

export const matchingStrategySchema = z
  .enum(matchingStrategies)
  .describe('How a registration is matched to an existing contact.');

/** Event administration: the contact matching strategy and event defaults. */
export const eventAdminSettingsSchema = z
  .object({
    matching: matchingStrategySchema,
    checkinDelay: z
      .string()
      .refine((text) => {
        const d = parseDuration(text);
        return d !== null && isPositiveDuration(d);
      }, 'must be a positive ISO-8601 duration such as PT4H')
      .describe('Delay after a Teams or ON24 event ends before its check-ins appear.'),
    defaultTimeZone: z
      .string()
      .refine(isValidZone, 'must be an IANA time zone such as Europe/Paris')
      .describe('Time zone proposed for new journeys and events.'),
  })
  .strict();
export type EventAdminSettings = z.infer<typeof eventAdminSettingsSchema>;

export function getEventAdminSettings(signal?: AbortSignal): Promise<EventAdminSettings> {
  return apiFetch('/settings/event-admin', { schema: eventAdminSettingsSchema, signal });
}

export function eventAdminSettingsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.settings.eventAdmin,
    queryFn: ({ signal }) => getEventAdminSettings(signal),
  });
}

export function useEventAdminSettings() {
  return useQuery(eventAdminSettingsQueryOptions());
}
