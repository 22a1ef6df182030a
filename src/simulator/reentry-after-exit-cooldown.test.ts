import { describe, expect, it } from 'vitest';
import { chain, email, journey, rec, run } from './testing/sim-kit';

/** Rule 4 and rule 8: reentry never / afterExit with a calendar cooldown in the journey zone. */

const form = (at: string, id = 'a') => rec(at, 'form.submitted', { id, email: `${id}@x.com` });

describe('re-entry', () => {
  it('never: a contact enters once, duplicate signals are separate but do not re-enter', () => {
    const out = run({ journey: chain('form.submitted', [email('mail')]), events: [form('2026-03-01T09:00:00Z'), form('2026-03-02T09:00:00Z')] });
    expect(out.summary.entered).toBe(1);
  });

  it('afterExit: never while in the journey (at most once at a time)', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P2D' }], { reentry: { mode: 'afterExit' } });
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z'), form('2026-03-02T09:00:00Z'), form('2026-03-03T09:00:00Z')] });
    // the third signal comes at exactly the due instant: records first, so the contact is still waiting
    expect(out.summary.entered).toBe(1);
  });

  it('afterExit with a cooldown: allowed at exactly leave + cooldown, not a millisecond before', () => {
    const j = chain('form.submitted', [email('mail')], { reentry: { mode: 'afterExit', cooldown: 'P7D' } });
    const out = run({
      journey: j,
      events: [form('2026-03-01T09:00:00Z'), form('2026-03-08T08:59:59.999Z'), form('2026-03-08T09:00:00Z'), form('2026-03-10T09:00:00Z')],
    });
    expect(out.summary.entered).toBe(2);
  });

  it('the cooldown is a calendar duration in the journey zone (P1D across the spring change is 23 hours)', () => {
    const j = chain('form.submitted', [email('mail')], { timeZone: 'Europe/Paris', reentry: { mode: 'afterExit', cooldown: 'P1D' } });
    const out = run({ journey: j, events: [form('2026-03-28T08:00:00Z'), form('2026-03-29T07:00:00Z')] });
    expect(out.summary.entered).toBe(2);
  });

  it('the signal that ended a visit can start the next one', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P10D' }], {
      reentry: { mode: 'afterExit' },
      exitWhen: [{ trigger: 'form.submitted' }],
    });
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z'), form('2026-03-02T09:00:00Z')], options: { trace: true } });
    expect(out.summary).toMatchObject({ entered: 2, exited: 1, completed: 1 });
    expect(out.contacts?.[0].path.map((s) => `${s.tile}@${s.at.slice(0, 10)}${s.port ? `:${s.port}` : ''}`)).toEqual([
      'entry@2026-03-01:next',
      'w@2026-03-01',
      'entry@2026-03-02:next',
      'w@2026-03-02:next',
    ]);
    expect(out.contacts?.[0].outcome).toBe('completed');
  });

  it('a completed visit through a trigger wait lets the same signal re-enter (wait before entry in rule 4)', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'w', kind: 'wait', mode: 'trigger', trigger: 'form.submitted', timeout: 'P10D' },
      ],
      [['entry', 'next', 'w']],
      { reentry: { mode: 'afterExit' } },
    );
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z'), form('2026-03-02T09:00:00Z')] });
    expect(out.summary).toMatchObject({ entered: 2, completed: 2 });
    expect(out.tiles.w.ports).toEqual({ triggered: 1, timeout: 1 });
  });

  it('respects the active window: activeFrom included, activeUntil excluded', () => {
    const j = chain('form.submitted', [email('mail')], {
      reentry: { mode: 'afterExit' },
      activeFrom: '2026-03-01T10:00:00+01:00',
      activeUntil: '2026-03-03T09:00:00Z',
    });
    const out = run({
      journey: j,
      events: [form('2026-03-01T08:59:59Z', 'a'), form('2026-03-01T09:00:00Z', 'b'), form('2026-03-03T08:59:59Z', 'c'), form('2026-03-03T09:00:00Z', 'd')],
      options: { trace: true },
    });
    expect(out.contacts?.map((c) => c.id)).toEqual(['b', 'c']);
  });
});
