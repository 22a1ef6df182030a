import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { customTriggerSchema, recordChangeTriggerSchema, triggerDefinitionSchema, type TriggerDefinition } from '../domain/catalog';
import { apiFetch } from './client';
import { queryKeys } from './common';

const optionalId = {
  id: z
    .string()
    .regex(/^(custom|record)\.[A-Za-z0-9_-]{1,57}$/)
    .optional()
    .describe('Defaults to `custom.<name>` or `record.<name>` made from the name.'),
};

/** A new custom or record-change trigger; it starts as a draft. */
export const createTriggerBodySchema = z.discriminatedUnion('kind', [
  customTriggerSchema.omit({ id: true, status: true }).extend(optionalId),
  recordChangeTriggerSchema.omit({ id: true, status: true }).extend(optionalId),
]);
export type CreateTriggerBody = z.infer<typeof createTriggerBodySchema>;

export const createTriggerResponseSchema = triggerDefinitionSchema;

export function createTrigger(body: CreateTriggerBody): Promise<TriggerDefinition> {
  return apiFetch('/triggers', { method: 'POST', json: body, schema: createTriggerResponseSchema });
}

/** Defines a draft trigger and refetches the catalog. */
export function useCreateTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTrigger,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.triggers.all }),
  });
}
