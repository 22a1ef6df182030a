import { z } from 'zod';
import { findingCodes } from '../domain/findings';
import { journeySchema } from '../domain/journey-schema';

/** Every error answer: `{ error: { code, message, details? } }`. */
export const errorBodySchema = z
  .object({
    error: z
      .object({
        code: z.string().min(1).describe('Stable machine-readable code, e.g. `not-found`.'),
        message: z.string().describe('A sentence a person can act on.'),
        details: z.unknown().optional(),
      })
      .strict(),
  })
  .strict();
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** ISO-8601 instant with `Z` or an offset. */
export const instantSchema = z.iso.datetime({ offset: true });

/** A page of a list: `nextCursor` is `null` on the last page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().min(1).nullable(),
    })
    .strict();
}
export type Page<T> = { items: T[]; nextCursor: string | null };

/** Page size of every list (the mock backend's and the contract's). */
export const PAGE_SIZE = 20;

export const journeyStatusSchema = z.enum(['draft', 'live', 'stopped']);
export type JourneyStatus = z.infer<typeof journeyStatusSchema>;

export const journeyVersionNumberSchema = z.number().int().min(1);

/** A journey as the API stores it; served with `ETag: "<version>"`. */
export const journeyResourceSchema = z
  .object({
    journey: journeySchema,
    status: journeyStatusSchema,
    version: journeyVersionNumberSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .strict();
export type JourneyResource = z.infer<typeof journeyResourceSchema>;

export const journeySummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: journeyStatusSchema,
    version: journeyVersionNumberSchema,
    updatedAt: instantSchema,
  })
  .strict();
export type JourneySummary = z.infer<typeof journeySummarySchema>;

/** A validation finding as the API sends it (the shape of the domain's `Finding`). */
export const findingSchema = z
  .object({
    code: z.enum(findingCodes),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    tile: z.string().optional(),
    path: z.string().optional(),
  })
  .strict();
export type ApiFinding = z.infer<typeof findingSchema>;

/** `details` of a `422`: the validator's findings. */
export const validationDetailsSchema = z.object({ findings: z.array(findingSchema) });
/** `details` of a journey `409`: the resource as the server has it now. */
export const journeyConflictDetailsSchema = z.object({ current: journeyResourceSchema });
/** `details` of a `400`: what is wrong where. */
export const badRequestDetailsSchema = z.object({
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});

/** `"3"` → 3: the ETag of a journey is its version, quoted. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export type JourneyListFilters = { search?: string; status?: JourneyStatus };

/** Every cache key in one place, so mutations invalidate exactly what they change. */
export const queryKeys = {
  journeys: {
    all: ['journeys'] as const,
    lists: () => ['journeys', 'list'] as const,
    list: (filters: JourneyListFilters) =>
      ['journeys', 'list', { search: filters.search ?? '', status: filters.status ?? null }] as const,
    detail: (id: string) => ['journeys', 'detail', id] as const,
    versions: (id: string) => ['journeys', 'detail', id, 'versions'] as const,
    version: (id: string, version: number) => ['journeys', 'detail', id, 'versions', version] as const,
  },
  triggers: { all: ['triggers'] as const },
  events: {
    all: ['events'] as const,
    list: () => ['events', 'list'] as const,
    detail: (id: string) => ['events', 'detail', id] as const,
    activity: (id: string) => ['events', 'detail', id, 'activity'] as const,
  },
  contacts: {
    all: ['contacts'] as const,
    list: (search: string) => ['contacts', 'list', { search }] as const,
  },
  emailTemplates: {
    all: ['email-templates'] as const,
    list: () => ['email-templates', 'list'] as const,
    detail: (id: string) => ['email-templates', 'detail', id] as const,
  },
  settings: { eventAdmin: ['settings', 'event-admin'] as const },
} as const;
