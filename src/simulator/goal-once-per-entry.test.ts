import { describe, expect, it } from 'vitest';
import { chain, email, journey, rec, run } from './testing/sim-kit';

/** Rule 6 and the summary's goal figures. */

const form = (at: string, id = 'a') => rec(at, 'form.submitted', { id, email: `${id}@x.com` });
const lead = (at: string, id = 'a') => rec(at, 'lead.created', { id });

describe('goal', () => {
  it('a goal trigger counts at most once per entry, and again after a re-entry', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }], {
      reentry: { mode: 'afterExit' },
      goal: { trigger: 'lead.created', target: 0.5 },
    });
    const out = run({
      journey: j,
      events: [form('2026-03-01T09:00:00Z'), lead('2026-03-01T10:00:00Z'), lead('2026-03-01T11:00:00Z'), form('2026-03-03T09:00:00Z'), lead('2026-03-03T10:00:00Z')],
    });
    expect(out.summary).toMatchObject({ entered: 2, goalReached: 2, goalRate: 1, goalMet: true });
  });

  it('a goal trigger outside the journey does not count', () => {
    const j = chain('form.submitted', [email('mail')], { goal: { trigger: 'lead.created', target: 0.5 } });
    const out = run({ journey: j, events: [lead('2026-03-01T08:00:00Z'), form('2026-03-01T09:00:00Z'), lead('2026-03-01T10:00:00Z')] });
    expect(out.summary).toMatchObject({ goalReached: 0, goalRate: 0, goalMet: false });
  });

  it('a goal tile counts on arrival', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'c', kind: 'condition', branches: [{ id: 'vip', when: { attr: 'contact.vip', op: 'eq', value: true } }] },
        { id: 'vipmail', kind: 'email', template: 't', subject: 's' },
      ],
      [
        ['entry', 'next', 'c'],
        ['c', 'vip', 'vipmail'],
      ],
      { goal: { tile: 'vipmail', target: 0.34 } },
    );
    const out = run({
      journey: j,
      contacts: [
        { id: 'a', email: 'a@x.com', vip: true },
        { id: 'b', email: 'b@x.com' },
        { id: 'c', email: 'c@x.com' },
      ],
      events: [form('2026-03-01T09:00:00Z', 'a'), form('2026-03-01T09:00:00Z', 'b'), form('2026-03-01T09:00:00Z', 'c')],
    });
    // 1/3 = 0.33333 → 0.3333, below 0.34
    expect(out.summary).toMatchObject({ entered: 3, goalReached: 1, goalRate: 0.3333, goalMet: false });
  });

  it('rounds goalRate to 4 decimals (2 of 3 → 0.6667) and compares it with the target', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }], { goal: { trigger: 'lead.created', target: 0.6667 } });
    const out = run({
      journey: j,
      events: [form('2026-03-01T09:00:00Z', 'a'), form('2026-03-01T09:00:00Z', 'b'), form('2026-03-01T09:00:00Z', 'c'), lead('2026-03-01T10:00:00Z', 'a'), lead('2026-03-01T10:00:00Z', 'b')],
    });
    expect(out.summary).toMatchObject({ entered: 3, goalReached: 2, goalRate: 0.6667, goalMet: true });
  });

  it('goalMet is null without a goal and goalRate 0 when nobody entered', () => {
    const out = run({ journey: chain('form.submitted', [email('mail')]), events: [] });
    expect(out.summary).toMatchObject({ entered: 0, goalRate: 0, goalMet: null });
  });
});
