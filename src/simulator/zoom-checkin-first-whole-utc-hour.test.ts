import { describe, expect, it } from 'vitest';
import { event, journey, rec, run, traceOf } from './testing/sim-kit';

/** Rule 2: a Zoom check-in appears at the first whole UTC hour strictly after the end. */

const j = journey(
  [
    { id: 'entry', kind: 'trigger', trigger: 'registration.created' },
    { id: 'await', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: { event: 'trigger', anchor: 'end', offset: 'P1D' } },
  ],
  [['entry', 'next', 'await']],
);

function checkinAt(start: string, end: string, zone: string, clickAt: string): string {
  const zoom = event('z', 'zoom', start, end, { timeZone: zone });
  const out = run({
    journey: j,
    catalog: { events: [zoom] },
    contacts: [{ id: 'a', email: 'a@x.com', firstName: 'A', lastName: 'B' }],
    events: [
      rec('2026-04-01T00:00:00Z', 'registration.created', { id: 'a' }, { eventId: 'z' }),
      rec(clickAt, 'join.clicked', { firstName: 'a', lastName: 'b' }, { eventId: 'z', source: 'personalized' }),
    ],
    options: { trace: true },
  });
  const step = traceOf(out, 'a').path[1];
  expect(step.port).toBe('triggered');
  return out.contacts![0].path.length > 2 ? out.contacts![0].path[2].at : '(completed at the wait)';
}

function triggeredAt(start: string, end: string, zone: string, clickAt: string): number {
  const zoom = event('z', 'zoom', start, end, { timeZone: zone });
  const withNext = journey(
    [
      { id: 'entry', kind: 'trigger', trigger: 'registration.created' },
      { id: 'await', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: { event: 'trigger', anchor: 'end', offset: 'P1D' } },
      { id: 'after', kind: 'email', template: 't', subject: 's' },
    ],
    [
      ['entry', 'next', 'await'],
      ['await', 'triggered', 'after'],
    ],
  );
  const out = run({
    journey: withNext,
    catalog: { events: [zoom] },
    contacts: [{ id: 'a', email: 'a@x.com', firstName: 'A', lastName: 'B' }],
    events: [
      rec('2026-04-01T00:00:00Z', 'registration.created', { id: 'a' }, { eventId: 'z' }),
      rec(clickAt, 'join.clicked', { firstName: 'a', lastName: 'b' }, { eventId: 'z', source: 'personalized' }),
    ],
    options: { trace: true },
  });
  return Date.parse(traceOf(out, 'a').path[2].at);
}

describe('Zoom check-ins appear at the first whole UTC hour strictly after the end', () => {
  it('an end at 13:00Z in Kolkata (18:30 local) gives 14:00Z, not the next whole local hour', () => {
    expect(new Date(triggeredAt('2026-04-15T17:00', '2026-04-15T18:30', 'Asia/Kolkata', '2026-04-15T11:00:00Z')).toISOString()).toBe(
      '2026-04-15T14:00:00.000Z',
    );
  });

  it('an end exactly on a whole UTC hour gives the next hour', () => {
    expect(new Date(triggeredAt('2026-04-15T10:00', '2026-04-15T12:00', 'UTC', '2026-04-15T11:00:00Z')).toISOString()).toBe(
      '2026-04-15T13:00:00.000Z',
    );
  });

  it('an end at 12:01Z gives 13:00Z', () => {
    expect(new Date(triggeredAt('2026-04-15T10:00', '2026-04-15T12:01', 'UTC', '2026-04-15T11:00:00Z')).toISOString()).toBe(
      '2026-04-15T13:00:00.000Z',
    );
    expect(checkinAt('2026-04-15T10:00', '2026-04-15T12:01', 'UTC', '2026-04-15T11:00:00Z')).toBe('(completed at the wait)');
  });
});
