import type { AttrCondition, Condition, FactCondition } from './journey-schema';
import { parseInstant } from './time';

/** What a condition is evaluated against: attribute paths (`contact.*`, `trigger.*`, `event.*`) and facts. */
export interface ConditionContext {
  attr(path: string): unknown;
  fact(c: FactCondition): boolean;
}

export type AttrOp = AttrCondition['op'];

const isMissing = (v: unknown): boolean => v === undefined || v === null;

/** Strict equality for scalars; other values (objects, arrays) never equal anything. */
function same(a: unknown, b: unknown): boolean {
  if (isMissing(a) || isMissing(b)) return false;
  return (typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean') && a === b;
}

/** Two numbers as numbers, two ISO date-times with offset or Z as instants; anything else: no order. */
function order(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') {
    return Number.isNaN(a) || Number.isNaN(b) ? null : a - b;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    const x = parseInstant(a);
    const y = parseInstant(b);
    return x === null || y === null ? null : x - y;
  }
  return null;
}

/** One attribute test. A missing attribute (absent or null) fails every operator but notExists and neq. */
export function compare(op: AttrOp, actual: unknown, value: unknown): boolean {
  if (op === 'exists') return !isMissing(actual);
  if (op === 'notExists') return isMissing(actual);
  if (isMissing(actual)) return op === 'neq';
  switch (op) {
    case 'eq':
      return same(actual, value);
    case 'neq':
      return !same(actual, value);
    case 'in':
      return Array.isArray(value) && value.some((v) => same(actual, v));
    case 'notIn':
      return Array.isArray(value) && !value.some((v) => same(actual, v));
    case 'contains':
      if (typeof value !== 'string') return false;
      if (typeof actual === 'string') return actual.includes(value);
      return Array.isArray(actual) && actual.some((v) => v === value);
    case 'startsWith':
      return typeof actual === 'string' && typeof value === 'string' && actual.startsWith(value);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const o = order(actual, value);
      if (o === null) return false;
      if (op === 'gt') return o > 0;
      if (op === 'gte') return o >= 0;
      if (op === 'lt') return o < 0;
      return o <= 0;
    }
    default:
      return false;
  }
}

export function evaluateCondition(c: Condition, ctx: ConditionContext): boolean {
  if ('all' in c) return c.all.every((x) => evaluateCondition(x, ctx));
  if ('any' in c) return c.any.some((x) => evaluateCondition(x, ctx));
  if ('not' in c) return !evaluateCondition(c.not, ctx);
  if ('fact' in c) return ctx.fact(c);
  const value = 'value' in c ? c.value : undefined;
  return compare(c.op, ctx.attr(c.attr), value);
}

/** Visits every sub-condition, depth first in document order, the condition itself first. */
export function forEachCondition(c: Condition, visit: (c: Condition) => void): void {
  visit(c);
  if ('all' in c) for (const x of c.all) forEachCondition(x, visit);
  else if ('any' in c) for (const x of c.any) forEachCondition(x, visit);
  else if ('not' in c) forEachCondition(c.not, visit);
}

/** Every sub-condition as a list, in the order of forEachCondition. */
export function walkCondition(c: Condition): Condition[] {
  const out: Condition[] = [];
  forEachCondition(c, (x) => out.push(x));
  return out;
}
