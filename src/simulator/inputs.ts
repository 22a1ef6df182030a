import { z } from 'zod';
import { catalogSchema } from '../domain/catalog';
import { parseDuration } from '../domain/time';
import { parseAt } from './instant';

/**
 * The simulator's inputs (simulation.md, "Inputs"): one zod schema per shape. In records, a
 * field set to `null` counts as absent, at the top level and in `contact`.
 */

export const recordTypes = [
  'registration.created',
  'registration.cancelled',
  'join.clicked',
  'checkin.created',
  'email.opened',
  'email.clicked',
  'contact.created',
  'contact.updated',
  'lead.created',
  'incident.created',
  'opportunity.created',
  'form.submitted',
  'record.changed',
  'custom',
] as const;
export type RecordType = (typeof recordTypes)[number];

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function withoutNulls(v: unknown): unknown {
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) if (v[k] !== null) out[k] = v[k];
  return out;
}

const instantText = z.string().refine((s) => parseAt(s) !== null, {
  message: 'must be an ISO-8601 instant with an offset or Z, like 2026-03-01T09:00:00Z',
});

const durationText = z.string().refine((s) => parseDuration(s) !== null, {
  message: 'must be an ISO-8601 duration, like PT4H or P1D',
});

export const recordContactSchema = z.preprocess(
  withoutNulls,
  z.looseObject({
    id: z.string().min(1).optional(),
    email: z.string().optional(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
  }),
);

/** Which fields each record type requires beyond `at`, `type` and `contact`. */
export const requiredByType: Partial<Record<RecordType, readonly string[]>> = {
  'registration.created': ['eventId'],
  'registration.cancelled': ['eventId'],
  'join.clicked': ['eventId', 'source'],
  'checkin.created': ['eventId'],
  'email.opened': ['tile'],
  'email.clicked': ['tile'],
  custom: ['name'],
  'record.changed': ['table', 'action'],
};

export const eventRecordSchema = z.preprocess(
  withoutNulls,
  z
    .object({
      at: instantText,
      type: z.enum(recordTypes),
      contact: recordContactSchema,
      eventId: z.string().min(1).optional(),
      sessionId: z.string().optional(),
      source: z.enum(['personalized', 'forwarded']).optional(),
      tile: z.string().min(1).optional(),
      name: z.string().min(1).optional(),
      table: z.string().min(1).optional(),
      action: z.enum(['created', 'updated']).optional(),
      changed: z.array(z.string()).optional(),
      data: z.record(z.string(), z.unknown()).optional(),
    })
    .superRefine((r, ctx) => {
      for (const field of requiredByType[r.type] ?? []) {
        if ((r as Record<string, unknown>)[field] === undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: `is required for a ${r.type} record` });
        }
      }
    }),
);
export type EventRecord = z.infer<typeof eventRecordSchema>;
export type RecordContact = EventRecord['contact'];

export const contactSchema = z.preprocess(
  withoutNulls,
  z.looseObject({
    id: z.string().min(1),
    email: z.string().optional(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
  }),
);
export type Contact = z.infer<typeof contactSchema>;

export const matchingStrategies = ['email', 'name', 'emailAndName'] as const;
export type MatchingStrategy = (typeof matchingStrategies)[number];

export const engagementSchema = z.strictObject({
  open: z.number().min(0).max(1),
  click: z.number().min(0).max(1),
  delay: durationText.optional(),
});
export type Engagement = z.infer<typeof engagementSchema>;

export const simOptionsSchema = z.preprocess(
  withoutNulls,
  z.strictObject({
    matching: z.enum(matchingStrategies).optional(),
    checkinDelay: durationText.optional(),
    dstMode: z.enum(['exact', 'platform']).optional(),
    until: instantText.optional(),
    seed: z.number().int().optional(),
    engagement: z.record(z.string(), engagementSchema).optional(),
    trace: z.boolean().optional(),
  }),
);
export type SimOptions = z.infer<typeof simOptionsSchema>;

export const scenarioSchema = z.object({
  description: z.string().optional(),
  journey: z.unknown(),
  catalog: catalogSchema,
  contacts: z.array(contactSchema).optional(),
  events: z.union([z.array(z.unknown()), z.string().min(1)]),
  options: simOptionsSchema.optional(),
  expect: z.unknown().optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;
