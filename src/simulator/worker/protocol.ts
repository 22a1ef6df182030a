import { z } from 'zod';

/**
 * Messages between the page and the simulation worker. The page sends `start` (with the records
 * inline, or announcing text chunks), then for text input `chunk`s and `end`; `cancel` at any
 * time. The worker answers with `progress`, then exactly one `result` or `error` (nothing after a
 * cancel). Inputs are checked by the simulator's own schemas once they arrive; here only the
 * envelope is checked, so a bad journey or catalog is reported with its JSON path, not as a bad
 * message.
 */

export const startMessageSchema = z.strictObject({
  type: z.literal('start'),
  journey: z.unknown(),
  catalog: z.unknown(),
  contacts: z.array(z.unknown()).optional(),
  options: z.unknown().optional(),
  input: z.discriminatedUnion('kind', [
    /** The log follows as `chunk` messages of NDJSON or CSV text, then `end`. */
    z.strictObject({ kind: z.literal('text') }),
    /** The log as an array of records (line = position, 1-based). */
    z.strictObject({ kind: z.literal('records'), records: z.array(z.unknown()) }),
  ]),
  /** Records folded between two progress messages (default 50,000). */
  progressEvery: z.number().int().positive().optional(),
});
export type StartMessage = z.infer<typeof startMessageSchema>;

export const chunkMessageSchema = z.strictObject({ type: z.literal('chunk'), text: z.string() });
export const endMessageSchema = z.strictObject({ type: z.literal('end') });
export const cancelMessageSchema = z.strictObject({ type: z.literal('cancel') });

export const mainToWorkerSchema = z.discriminatedUnion('type', [
  startMessageSchema,
  chunkMessageSchema,
  endMessageSchema,
  cancelMessageSchema,
]);
export type MainToWorker = z.infer<typeof mainToWorkerSchema>;

export const progressMessageSchema = z.strictObject({
  type: z.literal('progress'),
  recordsProcessed: z.number().int().nonnegative(),
  /** The simulated clock (UTC ISO with milliseconds), null before the first record. */
  instantReached: z.string().nullable(),
});
export type ProgressMessage = z.infer<typeof progressMessageSchema>;

export const resultMessageSchema = z.strictObject({
  type: z.literal('result'),
  /**
   * The simulator's output (or `{ errors }` for a journey that does not validate) as JSON text:
   * one string crosses the thread boundary faster than a structured clone of a large object, and
   * it is byte for byte what the command line prints. Per-contact paths only with `options.trace`.
   */
  json: z.string(),
});
export type ResultMessage = z.infer<typeof resultMessageSchema>;

export const errorCodes = ['bad-message', 'bad-input', 'log-format', 'internal'] as const;

export const errorMessageSchema = z.strictObject({
  type: z.literal('error'),
  code: z.enum(errorCodes),
  message: z.string(),
  /** Where the problem is: a JSON path in the start message's inputs, or a line of the log. */
  where: z.strictObject({ path: z.string().optional(), line: z.number().int().optional() }).optional(),
});
export type ErrorMessage = z.infer<typeof errorMessageSchema>;

export const workerToMainSchema = z.discriminatedUnion('type', [
  progressMessageSchema,
  resultMessageSchema,
  errorMessageSchema,
]);
export type WorkerToMain = z.infer<typeof workerToMainSchema>;

/** `a.b[2].c` from a zod issue path, prefixed with the input's name. */
export function jsonPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}
