import { describe, expect, it } from 'vitest';
import { compare, evaluateCondition, type ConditionContext } from './conditions';
import type { Condition, FactCondition } from './journey-schema';

const ctxOf = (attrs: Record<string, unknown>, facts: (f: FactCondition) => boolean = () => false): ConditionContext => ({
  attr: (path) => attrs[path],
  fact: facts,
});

describe('attribute operators', () => {
  it('eq and neq compare exactly, case-sensitive', () => {
    expect(compare('eq', 'FR', 'FR')).toBe(true);
    expect(compare('eq', 'fr', 'FR')).toBe(false);
    expect(compare('eq', 1, '1')).toBe(false);
    expect(compare('neq', 'DE', 'FR')).toBe(true);
    expect(compare('neq', 'FR', 'FR')).toBe(false);
  });
  it('a missing attribute fails every operator but notExists and neq', () => {
    for (const missing of [undefined, null]) {
      expect(compare('eq', missing, null)).toBe(false);
      expect(compare('neq', missing, 'x')).toBe(true);
      expect(compare('notExists', missing, undefined)).toBe(true);
      expect(compare('exists', missing, undefined)).toBe(false);
      for (const op of ['in', 'notIn', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte'] as const) {
        expect(compare(op, missing, op === 'in' || op === 'notIn' ? ['x'] : 'x'), op).toBe(false);
      }
    }
  });
  it('in, notIn, contains, startsWith', () => {
    expect(compare('in', 'resolved', ['resolved', 'closed'])).toBe(true);
    expect(compare('in', 'open', ['resolved', 'closed'])).toBe(false);
    expect(compare('notIn', 'open', ['resolved', 'closed'])).toBe(true);
    expect(compare('notIn', 'closed', ['resolved', 'closed'])).toBe(false);
    expect(compare('contains', 'ana@example.com', '@example')).toBe(true);
    expect(compare('contains', 'ana@example.com', '@Example')).toBe(false);
    expect(compare('startsWith', 'evt-launch', 'evt-')).toBe(true);
    expect(compare('startsWith', 'launch', 'evt-')).toBe(false);
  });
  it('orders two numbers as numbers', () => {
    expect(compare('gt', 10, 9)).toBe(true);
    expect(compare('gte', 9, 9)).toBe(true);
    expect(compare('lt', 9, 10)).toBe(true);
    expect(compare('lte', 10, 9)).toBe(false);
    // "10" vs "9" as strings would order the other way: strings that are not instants do not order
    expect(compare('gt', '10', '9')).toBe(false);
    expect(compare('gt', 10, '9')).toBe(false);
  });
  it('orders ISO date-times as instants only when both carry an offset or Z', () => {
    expect(compare('lt', '2026-03-01T10:00:00+02:00', '2026-03-01T09:00:00Z')).toBe(true);
    expect(compare('gt', '2026-03-01T10:00:00+02:00', '2026-03-01T09:00:00Z')).toBe(false);
    expect(compare('gte', '2026-03-01T09:00:00Z', '2026-03-01T10:00:00+01:00')).toBe(true);
    expect(compare('gt', '2026-03-02T10:00:00', '2026-03-01T09:00:00Z')).toBe(false);
    expect(compare('lt', '2026-03-01T10:00:00', '2026-03-02T10:00:00')).toBe(false);
  });
});

describe('evaluateCondition', () => {
  const ctx = ctxOf({ 'contact.country': 'FR', 'trigger.eventId': 'evt-a' }, (f) => f.fact === 'registered' && f.event === 'evt-a');
  it('combines all, any and not', () => {
    const c: Condition = {
      all: [
        { attr: 'contact.country', op: 'eq', value: 'FR' },
        { any: [{ attr: 'trigger.eventId', op: 'eq', value: 'evt-b' }, { fact: 'registered', event: 'evt-a' }] },
        { not: { attr: 'contact.email', op: 'exists' } },
      ],
    };
    expect(evaluateCondition(c, ctx)).toBe(true);
    expect(evaluateCondition({ not: c }, ctx)).toBe(false);
    expect(evaluateCondition({ all: [] }, ctx)).toBe(true);
    expect(evaluateCondition({ any: [] }, ctx)).toBe(false);
  });
  it('delegates facts to the context', () => {
    expect(evaluateCondition({ fact: 'registered', event: 'evt-a' }, ctx)).toBe(true);
    expect(evaluateCondition({ fact: 'checkedIn', event: 'evt-a' }, ctx)).toBe(false);
  });
});
