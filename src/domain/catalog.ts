import { z } from 'zod';
import { addDuration, isValidZone, nextWholeUtcHour, parseDuration, parseInstant, parseLocalWall, type Duration } from './time';

/** Trigger catalog (built in, custom, record change) and the event catalog the simulator reads. */

export const attributeTypes = ['string', 'number', 'boolean', 'datetime'] as const;

export const triggerAttributeSchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(attributeTypes),
});
export type TriggerAttribute = z.infer<typeof triggerAttributeSchema>;

export const triggerStatusSchema = z.enum(['draft', 'ready']);

export const customTriggerSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.literal('custom'),
  name: z.string().min(1),
  status: triggerStatusSchema,
  attributes: z.array(triggerAttributeSchema),
});

export const recordChangeTriggerSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.literal('record-change'),
  name: z.string().min(1),
  status: triggerStatusSchema,
  table: z.string().min(1),
  audience: z.string().min(1),
  action: z.enum(['created', 'updated', 'createdOrUpdated']),
  columns: z.array(z.string().min(1)),
});

export const triggerDefinitionSchema = z.discriminatedUnion('kind', [customTriggerSchema, recordChangeTriggerSchema]);
export type CustomTrigger = z.infer<typeof customTriggerSchema>;
export type RecordChangeTrigger = z.infer<typeof recordChangeTriggerSchema>;
export type TriggerDefinition = z.infer<typeof triggerDefinitionSchema>;

export const eventFormats = ['in-person', 'teams-webinar', 'teams-meeting', 'teams-live', 'on24', 'zoom'] as const;
export const eventFormatSchema = z.enum(eventFormats);
export type EventFormat = z.infer<typeof eventFormatSchema>;

const localTimeSchema = z
  .string()
  .refine((s) => parseLocalWall(s) !== null, { message: 'must be a local date and time like 2026-03-29T10:00' });

export const catalogSessionSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  start: localTimeSchema,
  end: localTimeSchema,
});
export type CatalogSession = z.infer<typeof catalogSessionSchema>;

export const catalogEventSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  format: eventFormatSchema,
  timeZone: z.string().refine(isValidZone, { message: 'must be a time zone name like Europe/Paris or UTC' }),
  createdAt: z.string().refine((s) => parseInstant(s) !== null, { message: 'must be a date and time with an offset or Z' }),
  start: localTimeSchema,
  end: localTimeSchema,
  sessions: z.array(catalogSessionSchema).optional(),
});
export type CatalogEvent = z.infer<typeof catalogEventSchema>;

export const catalogSchema = z.strictObject({
  events: z.array(catalogEventSchema),
  triggers: z.array(triggerDefinitionSchema).optional(),
});
export type Catalog = z.infer<typeof catalogSchema>;

// ---------- built-in triggers ----------

export const builtInTriggerSchema = z.strictObject({
  id: z.string(),
  family: z.enum(['business', 'interaction']),
  name: z.string(),
  attributes: z.array(triggerAttributeSchema),
});
export type BuiltInTrigger = z.infer<typeof builtInTriggerSchema>;

const str = (name: string): TriggerAttribute => ({ name, type: 'string' });
const eventAttrs = [str('eventId'), str('sessionId')];

export const builtInTriggers: readonly BuiltInTrigger[] = [
  { id: 'contact.created', family: 'business', name: 'Contact created', attributes: [] },
  { id: 'contact.emailUpdated', family: 'business', name: 'Contact email updated', attributes: [] },
  { id: 'contact.addressUpdated', family: 'business', name: 'Contact address updated', attributes: [] },
  { id: 'contact.phoneUpdated', family: 'business', name: 'Contact phone updated', attributes: [] },
  { id: 'lead.created', family: 'business', name: 'Lead created', attributes: [] },
  { id: 'incident.created', family: 'business', name: 'Incident created', attributes: [] },
  { id: 'opportunity.created', family: 'business', name: 'Opportunity created', attributes: [] },
  { id: 'registration.created', family: 'business', name: 'Event registration created', attributes: eventAttrs },
  { id: 'registration.cancelled', family: 'business', name: 'Event registration cancelled', attributes: eventAttrs },
  { id: 'checkin.created', family: 'business', name: 'Event check-in created', attributes: eventAttrs },
  { id: 'form.submitted', family: 'business', name: 'Marketing form submitted', attributes: [] },
  { id: 'email.opened', family: 'interaction', name: 'Email opened', attributes: [str('tile')] },
  { id: 'email.clicked', family: 'interaction', name: 'Email link clicked', attributes: [str('tile')] },
];

const builtInById = new Map(builtInTriggers.map((t) => [t.id, t]));

export function isBuiltInTrigger(id: string): boolean {
  return builtInById.has(id);
}

export function builtInTrigger(id: string): BuiltInTrigger | undefined {
  return builtInById.get(id);
}

/** Email opened / clicked: only usable inside a journey, after the email they refer to. */
export function isInteractionTrigger(id: string): boolean {
  return builtInById.get(id)?.family === 'interaction';
}

/** Built in (always ready) or defined and ready in the catalog. */
export function triggerStatus(id: string, definitions: readonly TriggerDefinition[] | undefined): 'ready' | 'draft' | 'unknown' {
  if (isBuiltInTrigger(id)) return 'ready';
  const found = definitions?.find((t) => t.id === id);
  return found ? found.status : 'unknown';
}

// ---------- event formats ----------

export function isOnlineFormat(f: EventFormat): boolean {
  return f !== 'in-person';
}

/** Formats whose check-ins appear after the event's end plus the platform's delay (4 hours by default). */
export function isTeamsOrOn24(f: EventFormat): boolean {
  return f === 'teams-webinar' || f === 'teams-meeting' || f === 'teams-live' || f === 'on24';
}

export function findEvent(catalog: Pick<Catalog, 'events'> | undefined, id: string): CatalogEvent | undefined {
  return catalog?.events.find((e) => e.id === id);
}

const defaultCheckinDelay = parseDuration('PT4H') as Duration;

/**
 * When the check-ins of an online event (or session) ending at `endMs` appear: Teams formats and
 * ON24 at end + delay (added in the event's zone), Zoom at the first whole UTC hour strictly
 * after the end. In-person check-ins appear at the scan itself, so there is no such instant: null.
 */
export function checkinAppearsAt(format: EventFormat, endMs: number, eventZone: string, delay: Duration = defaultCheckinDelay): number | null {
  if (format === 'zoom') return nextWholeUtcHour(endMs);
  if (isTeamsOrOn24(format)) return addDuration(endMs, delay, eventZone);
  return null;
}
