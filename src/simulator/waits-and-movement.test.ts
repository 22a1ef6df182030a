import { describe, expect, it } from 'vitest';
import { chain, event, journey, rec, run, traceOf } from './testing/sim-kit';

/** Rule 5: durations in the journey zone, until at / event-relative, conditions, ports with no edge. */

const form = (at: string, id = 'a') => rec(at, 'form.submitted', { id, email: `${id}@x.com` });
const leftAt = (j: ReturnType<typeof chain>, at: string, extra: Parameters<typeof run>[0] = { journey: j, events: [] }) => {
  const out = run({ ...extra, journey: j, events: extra.events.length ? extra.events : [form(at)], options: { trace: true, ...extra.options } });
  return traceOf(out, 'a').path[1];
};

describe('waits', () => {
  it('P1M from 31 January ends on the last day of February, at the same wall-clock time', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1M' }], { timeZone: 'Europe/Paris' });
    const out = run({ journey: j, events: [form('2026-01-31T08:00:00Z')], options: { trace: true } });
    expect(out.summary.completed).toBe(1);
    expect(traceOf(out, 'a').path[1].why).toMatch(/28 Feb 2026 09:00/);
  });

  it('PT24H across the spring change is 24 elapsed hours, P1D keeps the wall clock (23 hours)', () => {
    const mk = (d: string) =>
      journey(
        [
          { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
          { id: 'w', kind: 'wait', mode: 'duration', duration: d },
          { id: 'after', kind: 'exit' },
        ],
        [
          ['entry', 'next', 'w'],
          ['w', 'next', 'after'],
        ],
        { timeZone: 'Europe/Paris' },
      );
    const at = (d: string) => traceOf(run({ journey: mk(d), events: [form('2026-03-28T08:00:00Z')], options: { trace: true } }), 'a').path[2].at;
    expect(at('P1D')).toBe('2026-03-29T07:00:00.000Z');
    expect(at('PT24H')).toBe('2026-03-29T08:00:00.000Z');
  });

  it('until at: a local time in the journey zone; in the past leaves at once, equal to now is scheduled after the records of that instant', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'w', kind: 'wait', mode: 'until', until: { at: '2026-03-10T09:00' } },
        { id: 'x', kind: 'wait', mode: 'trigger', trigger: 'lead.created', timeout: 'PT1M' },
      ],
      [
        ['entry', 'next', 'w'],
        ['w', 'next', 'x'],
      ],
      { timeZone: 'Europe/Paris' },
    );
    const out = run({
      journey: j,
      events: [form('2026-03-10T09:00:00Z', 'late'), form('2026-03-10T08:00:00Z', 'now'), rec('2026-03-10T08:00:00Z', 'lead.created', { id: 'now' })],
      options: { trace: true },
    });
    expect(traceOf(out, 'late').path.map((s) => s.at)).toEqual(['2026-03-10T09:00:00.000Z', '2026-03-10T09:00:00.000Z', '2026-03-10T09:00:00.000Z']);
    // the lead at 08:00Z comes before the due item at 08:00Z, so it is not seen by the later trigger wait
    expect(traceOf(out, 'now').path[2]).toMatchObject({ tile: 'x', port: 'timeout' });
  });

  it('event-relative with "trigger" uses the entry trigger’s session when it names one of that event', () => {
    const evt = event('e', 'teams-webinar', '2026-07-07T10:00', '2026-07-09T11:00', {
      timeZone: 'America/Sao_Paulo',
      sessions: [
        { id: 's1', start: '2026-07-07T10:00', end: '2026-07-07T11:00' },
        { id: 's2', start: '2026-07-09T10:00', end: '2026-07-09T11:00' },
      ],
    });
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'registration.created' },
        { id: 'w', kind: 'wait', mode: 'until', until: { event: 'trigger', anchor: 'start', offset: '-PT1H' } },
        { id: 'done', kind: 'exit' },
      ],
      [
        ['entry', 'next', 'w'],
        ['w', 'next', 'done'],
      ],
    );
    const out = run({
      journey: j,
      catalog: { events: [evt] },
      events: [
        rec('2026-07-01T00:00:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e', sessionId: 's2' }),
        rec('2026-07-01T00:00:00Z', 'registration.created', { id: 'b', email: 'b@x.com' }, { eventId: 'e' }),
        rec('2026-07-01T00:00:00Z', 'registration.created', { id: 'c', email: 'c@x.com' }, { eventId: 'e', sessionId: 'zz' }),
      ],
      options: { trace: true },
    });
    expect(traceOf(out, 'a').path[2].at).toBe('2026-07-09T12:00:00.000Z');
    expect(traceOf(out, 'b').path[2].at).toBe('2026-07-07T12:00:00.000Z');
    expect(traceOf(out, 'c').path[2].at).toBe('2026-07-07T12:00:00.000Z');
  });

  it('an event-relative offset is added in the event’s zone: -P1D keeps the event’s wall-clock time across a DST change', () => {
    const evt = event('e', 'in-person', '2026-03-30T09:00', '2026-03-30T10:00', { timeZone: 'Europe/Paris' });
    const j = chain('registration.created', [{ id: 'w', kind: 'wait', mode: 'until', until: { event: 'e', anchor: 'start', offset: '-P1D' } }, { id: 'x', kind: 'exit' }]);
    const out = run({ journey: j, catalog: { events: [evt] }, events: [rec('2026-03-01T00:00:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e' })], options: { trace: true } });
    // 09:00 Paris on 29 March is after the change: 07:00Z
    expect(traceOf(out, 'a').path[2].at).toBe('2026-03-29T07:00:00.000Z');
  });

  it('an event-relative wait whose event is not in the catalog leaves at once, counted unresolved', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'until', until: { event: 'trigger', anchor: 'start' } }]);
    const step = leftAt(j, '2026-03-01T09:00:00Z');
    expect(step).toMatchObject({ tile: 'w', port: 'next', at: '2026-03-01T09:00:00.000Z' });
    expect(run({ journey: j, events: [form('2026-03-01T09:00:00Z')] }).tiles.w).toMatchObject({ unresolved: 1, ports: { next: 1 } });
  });
});

describe('events whose times cannot be placed', () => {
  it('treats an event with an unknown time zone as not in the catalog (unresolved), so no wait is left hanging', () => {
    const evt = event('e', 'in-person', '2026-03-30T09:00', '2026-03-30T10:00', { timeZone: 'Mars/Olympus' });
    const j = chain('registration.created', [{ id: 'w', kind: 'wait', mode: 'until', until: { event: 'trigger', anchor: 'start' } }]);
    const out = run({ journey: j, catalog: { events: [evt] }, events: [rec('2026-03-01T00:00:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e' })] });
    expect(out.summary).toMatchObject({ completed: 1, inProgress: 0 });
    expect(out.tiles.w.unresolved).toBe(1);
  });
});

describe('conditions and ports', () => {
  it('takes the first branch whose when holds, else otherwise; a port with no edge completes', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        {
          id: 'c',
          kind: 'condition',
          branches: [
            { id: 'fr', when: { attr: 'contact.country', op: 'eq', value: 'FR' } },
            { id: 'eu', when: { attr: 'contact.country', op: 'in', value: ['FR', 'PT', 'DE'] } },
          ],
        },
      ],
      [['entry', 'next', 'c']],
    );
    const out = run({
      journey: j,
      contacts: [
        { id: 'a', email: 'a@x.com', country: 'FR' },
        { id: 'b', email: 'b@x.com', country: 'PT' },
        { id: 'c', email: 'c@x.com' },
      ],
      events: ['a', 'b', 'c'].map((id) => rec('2026-03-01T09:00:00Z', 'form.submitted', { id })),
    });
    expect(out.tiles.c.ports).toEqual({ fr: 1, eu: 1, otherwise: 1 });
    expect(out.summary.completed).toBe(3);
  });

  it('every tile has all six figures and every port, with 0 where nobody went', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'trigger', trigger: 'lead.created', timeout: 'P1D' }]);
    const out = run({ journey: j, events: [] });
    expect(out.tiles).toEqual({
      entry: { entered: 0, ports: { next: 0 }, exited: 0, waiting: 0, suppressed: 0, unresolved: 0 },
      w: { entered: 0, ports: { triggered: 0, timeout: 0 }, exited: 0, waiting: 0, suppressed: 0, unresolved: 0 },
    });
    expect(Object.keys(out.dropped)).toEqual(['too-early', 'forwarded-link', 'unidentified', 'unknown-event', 'invalid', 'after-end']);
  });
});
