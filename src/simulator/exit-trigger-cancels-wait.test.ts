import { describe, expect, it } from 'vitest';
import { chain, email, journey, rec, run } from './testing/sim-kit';

/** Rule 6 and the per-tile `exited` figure. */

describe('exit triggers and exit tiles', () => {
  const j = chain('registration.created', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }, email('mail')], {
    exitWhen: [{ trigger: 'registration.cancelled', where: { attr: 'event.eventId', op: 'eq', value: 'e1' } }],
  });
  const reg = rec('2026-03-01T09:00:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e1' });

  it('an exit trigger removes a waiting contact at once and cancels its pending wait', () => {
    const out = run({ journey: j, events: [reg, rec('2026-03-01T12:00:00Z', 'registration.cancelled', { id: 'a' }, { eventId: 'e1' })], options: { trace: true } });
    expect(out.summary).toMatchObject({ entered: 1, exited: 1, completed: 0, inProgress: 0 });
    expect(out.tiles.w).toEqual({ entered: 1, ports: { next: 0 }, exited: 1, waiting: 0, suppressed: 0, unresolved: 0 });
    expect(out.tiles.mail.entered).toBe(0);
    expect(out.contacts?.[0]).toMatchObject({ outcome: 'exited', path: [{ tile: 'entry', port: 'next' }, { tile: 'w' }] });
    expect(out.contacts?.[0].path[1].port).toBeUndefined();
  });

  it('an exit trigger whose where fails does nothing', () => {
    const out = run({ journey: j, events: [reg, rec('2026-03-01T12:00:00Z', 'registration.cancelled', { id: 'a' }, { eventId: 'e2' })] });
    expect(out.summary).toMatchObject({ exited: 0, completed: 1 });
  });

  it('an exit tile ends the journey as exited, counted on that tile', () => {
    const ex = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'stop', kind: 'exit' },
      ],
      [['entry', 'next', 'stop']],
    );
    const out = run({ journey: ex, events: [rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'a', email: 'a@x.com' })], options: { trace: true } });
    expect(out.summary).toMatchObject({ entered: 1, exited: 1 });
    expect(out.tiles.stop).toEqual({ entered: 1, ports: {}, exited: 1, waiting: 0, suppressed: 0, unresolved: 0 });
    expect(out.contacts?.[0].path).toEqual([
      { tile: 'entry', at: '2026-03-01T09:00:00.000Z', port: 'next', why: expect.stringMatching(/^entered on form.submitted at 1 Mar 2026 /) },
      { tile: 'stop', at: '2026-03-01T09:00:00.000Z' },
    ]);
  });

  it('exit triggers are tested after the goal: the same signal can count the goal and then exit', () => {
    const g = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }], {
      exitWhen: [{ trigger: 'custom.done' }],
      goal: { trigger: 'custom.done', target: 0.5 },
    });
    const out = run({
      journey: g,
      catalog: { events: [], triggers: [{ id: 'custom.done', kind: 'custom', name: 'Done', status: 'ready', attributes: [] }] },
      events: [rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'a', email: 'a@x.com' }), rec('2026-03-01T10:00:00Z', 'custom', { id: 'a' }, { name: 'custom.done' })],
    });
    expect(out.summary).toMatchObject({ exited: 1, goalReached: 1, goalRate: 1, goalMet: true });
  });
});
