import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { builtInTriggerSchema, triggerDefinitionSchema, type TriggerDefinition } from '../domain/catalog';
import { pageSchema, queryKeys } from './common';
import { fetchAllPages } from './pagination';

/** A built-in business or interaction trigger: always ready. */
export const builtInCatalogTriggerSchema = builtInTriggerSchema
  .omit({ family: true })
  .extend({ kind: z.enum(['business', 'interaction']), status: z.literal('ready') });

/**
 * One entry of the trigger catalog. `kind` is the family (business, interaction, custom,
 * record-change); custom and record-change entries are exactly the domain's trigger definitions.
 */
export const catalogTriggerSchema = z.union([builtInCatalogTriggerSchema, triggerDefinitionSchema]);
export type CatalogTrigger = z.infer<typeof catalogTriggerSchema>;
export type TriggerFamily = CatalogTrigger['kind'];

export const listTriggersQuerySchema = z.object({ cursor: z.string().optional() }).strict();
export const listTriggersResponseSchema = pageSchema(catalogTriggerSchema);

/** The user-defined entries, as the validator's and simulator's `catalog.triggers`. */
export function triggerDefinitionsOf(items: readonly CatalogTrigger[]): TriggerDefinition[] {
  return items.filter((t): t is TriggerDefinition => t.kind === 'custom' || t.kind === 'record-change');
}

/** The whole catalog (all pages). */
export function listTriggers(signal?: AbortSignal): Promise<CatalogTrigger[]> {
  return fetchAllPages('/triggers', catalogTriggerSchema, { signal });
}

export function triggersQueryOptions() {
  return queryOptions({ queryKey: queryKeys.triggers.all, queryFn: ({ signal }) => listTriggers(signal) });
}

export function useTriggers() {
  return useQuery(triggersQueryOptions());
}
