import { describe, expect, it } from 'vitest';
import { event, journey, rec, run } from './testing/sim-kit';

/** Rule 5 and rule 7: a trigger wait leaves by `triggered` or `timeout` in processing order. */

const waitFor = (timeout: unknown, where?: unknown) =>
  journey(
    [
      { id: 'entry', kind: 'trigger', trigger: 'registration.created' },
      { id: 'w', kind: 'wait', mode: 'trigger', trigger: 'form.submitted', timeout, ...(where ? { where } : {}) },
    ],
    [['entry', 'next', 'w']],
  );
const reg = (at: string, eventId = 'evt') => rec(at, 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId });
const form = (at: string, data?: Record<string, unknown>) => rec(at, 'form.submitted', { id: 'a' }, data ? { data } : {});

describe('trigger waits', () => {
  it('a matching signal in the log at exactly the timeout instant counts as triggered', () => {
    const out = run({ journey: waitFor('PT2H'), events: [reg('2026-03-01T09:00:00Z'), form('2026-03-01T11:00:00Z')] });
    expect(out.tiles.w.ports).toEqual({ triggered: 1, timeout: 0 });
  });

  it('a signal one millisecond after the timeout is too late', () => {
    const out = run({ journey: waitFor('PT2H'), events: [reg('2026-03-01T09:00:00Z'), form('2026-03-01T11:00:00.001Z')] });
    expect(out.tiles.w.ports).toEqual({ triggered: 0, timeout: 1 });
  });

  it('tests the signal with the wait’s where (event.*) and ignores signals that fail it', () => {
    const out = run({
      journey: waitFor('P1D', { attr: 'event.formId', op: 'eq', value: 'f2' }),
      events: [reg('2026-03-01T09:00:00Z'), form('2026-03-01T10:00:00Z', { formId: 'f1' }), form('2026-03-01T11:00:00Z', { formId: 'f2' })],
      options: { trace: true },
    });
    expect(out.contacts?.[0].path[1]).toMatchObject({ tile: 'w', port: 'triggered', why: expect.stringMatching(/^form.submitted arrived at 1 Mar 2026 \d\d:00 .+, before the timeout$/) });
    expect(out.contacts?.[0].outcome).toBe('completed');
  });

  it('a signal before arrival does not count (only signals processed after the contact arrived)', () => {
    const out = run({ journey: waitFor('PT2H'), events: [form('2026-03-01T08:00:00Z'), reg('2026-03-01T09:00:00Z')] });
    expect(out.tiles.w.ports).toEqual({ triggered: 0, timeout: 1 });
  });

  it('an event-relative timeout already in the past leaves at once by timeout', () => {
    const evt = event('evt', 'in-person', '2026-03-10T09:00', '2026-03-10T10:00');
    const out = run({
      journey: waitFor({ event: 'trigger', anchor: 'start' }),
      catalog: { events: [evt] },
      events: [reg('2026-03-11T09:00:00Z')],
      options: { trace: true },
    });
    expect(out.tiles.w).toMatchObject({ ports: { triggered: 0, timeout: 1 }, unresolved: 0 });
    expect(out.contacts?.[0].path[1].at).toBe('2026-03-11T09:00:00.000Z');
  });

  it('a timeout equal to now is scheduled, so a log record at that instant still triggers', () => {
    const evt = event('evt', 'in-person', '2026-03-10T09:00', '2026-03-10T10:00');
    const out = run({
      journey: waitFor({ event: 'trigger', anchor: 'start' }),
      catalog: { events: [evt] },
      events: [reg('2026-03-10T09:00:00Z'), form('2026-03-10T09:00:00Z')],
    });
    expect(out.tiles.w.ports).toEqual({ triggered: 1, timeout: 0 });
  });

  it('an event-relative timeout whose event is not in the catalog leaves at once by timeout, counted unresolved', () => {
    const out = run({ journey: waitFor({ event: 'trigger', anchor: 'end', offset: 'PT6H' }), events: [reg('2026-03-01T09:00:00Z', 'ghost')] });
    expect(out.tiles.w).toMatchObject({ entered: 1, ports: { triggered: 0, timeout: 1 }, unresolved: 1, waiting: 0 });
  });

  it('a scheduled item at the same instant as a record comes after the record (records first at one instant)', () => {
    const out = run({
      journey: waitFor('PT1H'),
      events: [form('2026-03-01T10:00:00Z'), reg('2026-03-01T09:00:00Z')],
    });
    expect(out.tiles.w.ports).toEqual({ triggered: 1, timeout: 0 });
  });
});
