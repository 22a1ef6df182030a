import { describe, expect, it } from 'vitest';
import { chain, journey, rec, run } from './testing/sim-kit';

/** Rule 7: records by instant, file order at ties, then scheduled items in scheduling order. */

describe('processing order', () => {
  it('sorts records by instant whatever the file order', () => {
    const j = chain('registration.created', [], { exitWhen: [{ trigger: 'registration.cancelled' }] });
    const wait = chain('registration.created', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }], {
      exitWhen: [{ trigger: 'registration.cancelled' }],
    });
    const events = [
      rec('2026-03-01T12:00:00Z', 'registration.cancelled', { id: 'a' }, { eventId: 'e' }),
      rec('2026-03-01T09:00:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e' }),
    ];
    expect(run({ journey: wait, events }).summary).toMatchObject({ entered: 1, exited: 1 });
    expect(run({ journey: j, events }).summary).toMatchObject({ entered: 1, completed: 1 });
  });

  it('keeps file order between records at the same instant', () => {
    const j = chain('registration.created', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }], {
      exitWhen: [{ trigger: 'registration.cancelled' }],
    });
    const reg = rec('2026-03-01T09:00:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e' });
    const cancel = rec('2026-03-01T09:00:00Z', 'registration.cancelled', { id: 'a', email: 'a@x.com' }, { eventId: 'e' });
    expect(run({ journey: j, events: [reg, cancel] }).summary).toMatchObject({ entered: 1, exited: 1 });
    expect(run({ journey: j, events: [cancel, reg] }).summary).toMatchObject({ entered: 1, exited: 0 });
  });

  it('orders instants given with different offsets as instants', () => {
    const j = chain('registration.created', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }], {
      exitWhen: [{ trigger: 'registration.cancelled' }],
    });
    const out = run({
      journey: j,
      events: [
        rec('2026-03-01T10:10:00+01:00', 'registration.cancelled', { id: 'a' }, { eventId: 'e' }),
        rec('2026-03-01T09:15:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e' }),
      ],
    });
    expect(out.summary).toMatchObject({ entered: 1, exited: 0 });
  });

  it('processes scheduled items due at one instant in the order they were scheduled', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'w', kind: 'wait', mode: 'until', until: { at: '2026-03-05T09:00' } },
        { id: 'second', kind: 'wait', mode: 'trigger', trigger: 'lead.created', timeout: 'PT1H' },
      ],
      [
        ['entry', 'next', 'w'],
        ['w', 'next', 'second'],
      ],
    );
    const out = run({
      journey: j,
      events: [rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'b', email: 'b@x.com' }), rec('2026-03-01T08:00:00Z', 'form.submitted', { id: 'a', email: 'a@x.com' })],
      options: { trace: true },
    });
    expect(out.contacts?.map((c) => c.path[2].at)).toEqual(['2026-03-05T09:00:00.000Z', '2026-03-05T09:00:00.000Z']);
  });
});
