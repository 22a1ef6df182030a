import { z } from 'zod';
import { dropReasons } from './record-check';

/** The simulator's output (simulation.md, "Output"), defined once; key order is the spec's. */

export const summarySchema = z.object({
  records: z.number().int(),
  dropped: z.number().int(),
  contacts: z.number().int(),
  entered: z.number().int(),
  completed: z.number().int(),
  exited: z.number().int(),
  inProgress: z.number().int(),
  goalReached: z.number().int(),
  goalRate: z.number(),
  goalMet: z.boolean().nullable(),
});

export const tileFiguresSchema = z.object({
  entered: z.number().int(),
  ports: z.record(z.string(), z.number().int()),
  exited: z.number().int(),
  waiting: z.number().int(),
  suppressed: z.number().int(),
  unresolved: z.number().int(),
});

export const dropReasonSchema = z.enum(dropReasons as unknown as ['too-early', 'forwarded-link', 'unidentified', 'unknown-event', 'invalid', 'after-end']);

export const droppedRecordSchema = z.object({ line: z.number().int(), reason: dropReasonSchema, why: z.string().optional() });

export const issueSchema = z.object({ code: z.string(), message: z.string(), tile: z.string().optional() });

export const traceStepSchema = z.object({
  tile: z.string(),
  at: z.string(),
  port: z.string().optional(),
  why: z.string().optional(),
});

export const contactTraceSchema = z.object({
  id: z.string(),
  outcome: z.enum(['completed', 'exited', 'inProgress']),
  path: z.array(traceStepSchema),
});

export const simulationOutputSchema = z.object({
  summary: summarySchema,
  tiles: z.record(z.string(), tileFiguresSchema),
  dropped: z.record(dropReasonSchema, z.number().int()),
  droppedRecords: z.array(droppedRecordSchema),
  warnings: z.array(issueSchema),
  contacts: z.array(contactTraceSchema).optional(),
});

export const simulationErrorsSchema = z.object({ errors: z.array(issueSchema) });

export type SimulationSummary = z.infer<typeof summarySchema>;
export type TileFigures = z.infer<typeof tileFiguresSchema>;
export type SimulationIssue = z.infer<typeof issueSchema>;
export type ContactTrace = z.infer<typeof contactTraceSchema>;
export type SimulationOutput = z.infer<typeof simulationOutputSchema>;
export type SimulationErrors = z.infer<typeof simulationErrorsSchema>;

export function isSimulationErrors(v: SimulationOutput | SimulationErrors): v is SimulationErrors {
  return 'errors' in v;
}
