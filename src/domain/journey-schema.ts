import { z } from 'zod';
import { parseInstant } from './time';

/**
 * The journey document, schema version 1 (/work/shared/spec/journey-format.md).
 * Every object is strict: an unknown field is a schema error naming its path.
 * Rules that need more than one field (uniqueness, durations, time zone, references between
 * tiles) are left to validate.ts, which reports them with their own codes.
 */

export const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
export const idSchema = z.string().regex(idPattern, { message: 'must be 1 to 64 letters, digits, "-" or "_"' });

const instantSchema = z
  .string()
  .refine((s) => parseInstant(s) !== null, { message: 'must be a date and time with an offset or Z' });

// ---------- conditions ----------

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const attrOps = ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'exists', 'notExists', 'gt', 'gte', 'lt', 'lte'] as const;

// contact.* (the contact), trigger.* (the entry signal), event.* (the signal a wait, exit or goal tests)
const attrPathSchema = z.string().regex(/^(contact|trigger|event)\.[^.\s][^\s]*$/, {
  message: 'must start with contact., trigger. or event. followed by an attribute name',
});

export const attrConditionSchema = z.discriminatedUnion('op', [
  z.strictObject({ attr: attrPathSchema, op: z.enum(['exists', 'notExists']) }),
  z.strictObject({ attr: attrPathSchema, op: z.enum(['eq', 'neq']), value: scalarSchema }),
  z.strictObject({ attr: attrPathSchema, op: z.enum(['in', 'notIn']), value: z.array(scalarSchema) }),
  z.strictObject({ attr: attrPathSchema, op: z.enum(['contains', 'startsWith']), value: z.string() }),
  z.strictObject({ attr: attrPathSchema, op: z.enum(['gt', 'gte', 'lt', 'lte']), value: z.union([z.number(), z.string()]) }),
]);

export const factConditionSchema = z.discriminatedUnion('fact', [
  z.strictObject({ fact: z.enum(['registered', 'checkedIn']), event: z.string().min(1) }),
  z.strictObject({ fact: z.enum(['emailOpened', 'emailClicked', 'emailSent']), tile: z.string().min(1) }),
]);

const allConditionSchema = z.strictObject({
  get all(): z.ZodArray<typeof conditionSchema> {
    return z.array(conditionSchema);
  },
});
const anyConditionSchema = z.strictObject({
  get any(): z.ZodArray<typeof conditionSchema> {
    return z.array(conditionSchema);
  },
});
const notConditionSchema = z.strictObject({
  get not(): typeof conditionSchema {
    return conditionSchema;
  },
});

export const conditionSchema = z.union([
  attrConditionSchema,
  factConditionSchema,
  allConditionSchema,
  anyConditionSchema,
  notConditionSchema,
]);

export type AttrCondition = z.infer<typeof attrConditionSchema>;
export type AttrOp = AttrCondition['op'];
export type FactCondition = z.infer<typeof factConditionSchema>;
export type Condition = z.infer<typeof conditionSchema>;

// ---------- times ----------

export const eventRelativeTimeSchema = z.strictObject({
  event: z.string().min(1),
  anchor: z.enum(['start', 'end']),
  offset: z.string().optional(),
});
export type EventRelativeTime = z.infer<typeof eventRelativeTimeSchema>;

const localAtSchema = z.strictObject({ at: z.string() });

// ---------- tiles ----------

const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

const tileBase = {
  id: idSchema,
  label: z.string().max(120).optional(),
  position: positionSchema.optional(),
};

export const triggerTileSchema = z.strictObject({
  ...tileBase,
  kind: z.literal('trigger'),
  trigger: z.string().min(1),
  where: conditionSchema.optional(),
});

export const emailTileSchema = z.strictObject({
  ...tileBase,
  kind: z.literal('email'),
  // optional so that a missing template is an `email-template-missing` finding, not a schema error
  template: z.string().optional(),
  subject: z.string(),
  event: z.string().min(1).optional(),
});

export const durationWaitTileSchema = z.strictObject({
  ...tileBase,
  kind: z.literal('wait'),
  mode: z.literal('duration'),
  duration: z.string(),
});

export const untilWaitTileSchema = z.strictObject({
  ...tileBase,
  kind: z.literal('wait'),
  mode: z.literal('until'),
  until: z.union([localAtSchema, eventRelativeTimeSchema]),
});

export const triggerWaitTileSchema = z.strictObject({
  ...tileBase,
  kind: z.literal('wait'),
  mode: z.literal('trigger'),
  trigger: z.string().min(1),
  where: conditionSchema.optional(),
  // optional so that a missing timeout is a `wait-invalid` finding, not a schema error
  timeout: z.union([z.string(), eventRelativeTimeSchema]).optional(),
});

export const waitTileSchema = z.discriminatedUnion('mode', [
  durationWaitTileSchema,
  untilWaitTileSchema,
  triggerWaitTileSchema,
]);

export const branchSchema = z.strictObject({
  id: idSchema,
  label: z.string().max(120).optional(),
  when: conditionSchema,
});

export const conditionTileSchema = z.strictObject({
  ...tileBase,
  kind: z.literal('condition'),
  branches: z.array(branchSchema),
});

export const exitTileSchema = z.strictObject({
  ...tileBase,
  kind: z.literal('exit'),
});

export const tileSchema = z.discriminatedUnion('kind', [
  triggerTileSchema,
  emailTileSchema,
  waitTileSchema,
  conditionTileSchema,
  exitTileSchema,
]);

export type TriggerTile = z.infer<typeof triggerTileSchema>;
export type EmailTile = z.infer<typeof emailTileSchema>;
export type DurationWaitTile = z.infer<typeof durationWaitTileSchema>;
export type UntilWaitTile = z.infer<typeof untilWaitTileSchema>;
export type TriggerWaitTile = z.infer<typeof triggerWaitTileSchema>;
export type WaitTile = z.infer<typeof waitTileSchema>;
export type Branch = z.infer<typeof branchSchema>;
export type ConditionTile = z.infer<typeof conditionTileSchema>;
export type ExitTile = z.infer<typeof exitTileSchema>;
export type Tile = z.infer<typeof tileSchema>;
export type TileKind = Tile['kind'];

// ---------- edges and journey ----------

export const edgeSchema = z.strictObject({
  id: idSchema,
  from: z.string(),
  port: z.string(),
  to: z.string(),
});
export type Edge = z.infer<typeof edgeSchema>;

export const reentrySchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('never') }),
  z.strictObject({ mode: z.literal('afterExit'), cooldown: z.string().optional() }),
]);
export type Reentry = z.infer<typeof reentrySchema>;

export const exitWhenSchema = z.strictObject({
  trigger: z.string().min(1),
  where: conditionSchema.optional(),
});
export type ExitWhen = z.infer<typeof exitWhenSchema>;

const targetSchema = z.number().min(0).max(1);

export const tileGoalSchema = z.strictObject({ tile: z.string().min(1), target: targetSchema });
export const triggerGoalSchema = z.strictObject({
  trigger: z.string().min(1),
  where: conditionSchema.optional(),
  target: targetSchema,
});
export const goalSchema = z.union([tileGoalSchema, triggerGoalSchema]);
export type Goal = z.infer<typeof goalSchema>;

export const journeySchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: idSchema,
    name: z.string().min(1).max(200),
    description: z.string().optional(),
    timeZone: z.string().min(1),
    activeFrom: instantSchema.optional(),
    activeUntil: instantSchema.nullable().optional(),
    reentry: reentrySchema.optional(),
    exitWhen: z.array(exitWhenSchema).optional(),
    goal: goalSchema.optional(),
    tiles: z.array(tileSchema),
    edges: z.array(edgeSchema),
  })
  .superRefine((journey, ctx) => {
    // `event.*` is the signal being tested: it exists only in the `where` of a trigger wait, an
    // exit rule or a trigger goal, not at the entry nor in a condition tile.
    const noEventAttr = (c: Condition | undefined, path: (string | number)[]): void => {
      if (!c) return;
      if ('all' in c) c.all.forEach((x, k) => noEventAttr(x, [...path, 'all', k]));
      else if ('any' in c) c.any.forEach((x, k) => noEventAttr(x, [...path, 'any', k]));
      else if ('not' in c) noEventAttr(c.not, [...path, 'not']);
      else if ('attr' in c && c.attr.startsWith('event.')) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'attr'],
          message: `"${c.attr}" can only be tested when waiting for a trigger, in an exit rule or in a trigger goal; use trigger.* or contact.* here`,
        });
      }
    };
    journey.tiles.forEach((tile, i) => {
      if (tile.kind === 'trigger') noEventAttr(tile.where, ['tiles', i, 'where']);
      if (tile.kind === 'condition') tile.branches.forEach((b, j) => noEventAttr(b.when, ['tiles', i, 'branches', j, 'when']));
    });
    // Ids are how edges, facts and findings name things: a duplicate makes them ambiguous.
    const seenTiles = new Set<string>();
    journey.tiles.forEach((tile, i) => {
      if (seenTiles.has(tile.id)) {
        ctx.addIssue({ code: 'custom', path: ['tiles', i, 'id'], message: `duplicate tile id "${tile.id}"` });
      }
      seenTiles.add(tile.id);
      if (tile.kind === 'condition') {
        const seenBranches = new Set<string>();
        tile.branches.forEach((branch, j) => {
          if (branch.id === 'otherwise' || seenBranches.has(branch.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['tiles', i, 'branches', j, 'id'],
              message:
                branch.id === 'otherwise'
                  ? '"otherwise" is reserved for the branch taken when no other holds'
                  : `duplicate branch id "${branch.id}"`,
            });
          }
          seenBranches.add(branch.id);
        });
      }
    });
    const seenEdges = new Set<string>();
    journey.edges.forEach((edge, i) => {
      if (seenEdges.has(edge.id)) {
        ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate edge id "${edge.id}"` });
      }
      seenEdges.add(edge.id);
    });
  });

export type Journey = z.infer<typeof journeySchema>;
