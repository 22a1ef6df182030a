import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  customTriggerSchema,
  recordChangeTriggerSchema,
  triggerDefinitionSchema,
  triggerStatusSchema,
  type TriggerDefinition,
} from '../domain/catalog';
import { apiFetch } from './client';
import { queryKeys } from './common';
import type { CatalogTrigger } from './list-triggers';

/**
 * Fields to change on a custom or record-change trigger; `status: "ready"` marks it ready.
 * Fields of the other kind are refused with 400.
 */
export const updateTriggerBodySchema = z
  .object({
    name: customTriggerSchema.shape.name.optional(),
    status: triggerStatusSchema.optional(),
    attributes: customTriggerSchema.shape.attributes.optional(),
    table: recordChangeTriggerSchema.shape.table.optional(),
    audience: recordChangeTriggerSchema.shape.audience.optional(),
    action: recordChangeTriggerSchema.shape.action.optional(),
    columns: recordChangeTriggerSchema.shape.columns.optional(),
  })
  .strict();
export type UpdateTriggerBody = z.infer<typeof updateTriggerBodySchema>;

export const updateTriggerResponseSchema = triggerDefinitionSchema;

export function updateTrigger(id: string, body: UpdateTriggerBody): Promise<TriggerDefinition> {
  return apiFetch(`/triggers/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    json: body,
    schema: updateTriggerResponseSchema,
  });
}

/**
 * Edits a trigger. The catalog in the cache is updated at once and restored if the server refuses
 * (a 409 conflict, a 400), then refetched either way.
 */
export function useUpdateTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: UpdateTriggerBody }) => updateTrigger(input.id, input.body),
    onMutate: async ({ id, body }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.triggers.all });
      const previous = queryClient.getQueryData<CatalogTrigger[]>(queryKeys.triggers.all);
      if (previous) {
        queryClient.setQueryData<CatalogTrigger[]>(
          queryKeys.triggers.all,
          previous.map((t) => (t.id === id ? ({ ...t, ...body } as CatalogTrigger) : t)),
        );
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.triggers.all, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.triggers.all }),
  });
}
