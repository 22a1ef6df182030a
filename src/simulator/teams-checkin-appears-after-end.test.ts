import { describe, expect, it } from 'vitest';
import { event, journey, rec, run, traceOf } from './testing/sim-kit';

/** Rule 2: Teams and ON24 check-ins appear at the session's or event's end + checkinDelay, in the event's zone. */

const waitForCheckin = (timeout: unknown) =>
  journey(
    [
      { id: 'entry', kind: 'trigger', trigger: 'registration.created' },
      { id: 'await', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout },
      { id: 'thanks', kind: 'email', template: 't', subject: 's' },
    ],
    [
      ['entry', 'next', 'await'],
      ['await', 'triggered', 'thanks'],
    ],
  );

const reg = (id: string, eventId: string) => rec('2026-03-01T09:00:00Z', 'registration.created', { id, email: `${id}@x.com` }, { eventId });
const click = (at: string, id: string, eventId: string) => rec(at, 'join.clicked', { id }, { eventId, source: 'personalized' });

describe('Teams and ON24 check-ins appear after the end', () => {
  for (const format of ['teams-webinar', 'teams-meeting', 'teams-live', 'on24'] as const) {
    it(`${format}: a click during the event checks in at end + 4 h by default`, () => {
      const web = event('web', format, '2026-03-10T18:00', '2026-03-10T19:00');
      const out = run({
        journey: waitForCheckin({ event: 'trigger', anchor: 'end', offset: 'P1D' }),
        catalog: { events: [web] },
        events: [reg('a', 'web'), click('2026-03-10T18:10:00Z', 'a', 'web')],
        options: { trace: true },
      });
      expect(traceOf(out, 'a').path.map((s) => s.at)).toEqual(['2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', '2026-03-10T23:00:00.000Z']);
    });
  }

  it('so a wait that times out one hour after the end sends every attendee down the timeout path', () => {
    const web = event('web', 'teams-webinar', '2026-03-10T18:00', '2026-03-10T19:00');
    const out = run({
      journey: waitForCheckin({ event: 'trigger', anchor: 'end', offset: 'PT1H' }),
      catalog: { events: [web] },
      events: [reg('a', 'web'), click('2026-03-10T18:10:00Z', 'a', 'web')],
    });
    expect(out.tiles.await.ports).toEqual({ triggered: 0, timeout: 1 });
  });

  it('adds a custom checkinDelay in the event’s time zone (a calendar day across a DST change keeps the wall-clock time)', () => {
    const web = event('web', 'teams-webinar', '2026-03-28T10:00', '2026-03-28T11:00', { timeZone: 'Europe/Paris' });
    const out = run({
      journey: waitForCheckin({ event: 'trigger', anchor: 'end', offset: 'P3D' }),
      catalog: { events: [web] },
      events: [reg('a', 'web'), click('2026-03-28T09:30:00Z', 'a', 'web')],
      options: { trace: true, checkinDelay: 'P1D' },
    });
    // 11:00 Paris on 28 March (10:00Z) + 1 day = 11:00 Paris on 29 March, now UTC+2 (09:00Z)
    expect(traceOf(out, 'a').path[2].at).toBe('2026-03-29T09:00:00.000Z');
  });

  it('uses the end of the session the click names', () => {
    const web = event('web', 'teams-webinar', '2026-07-07T10:00', '2026-07-09T11:00', {
      sessions: [
        { id: 's1', start: '2026-07-07T10:00', end: '2026-07-07T11:00' },
        { id: 's2', start: '2026-07-09T10:00', end: '2026-07-09T11:00' },
      ],
    });
    const out = run({
      journey: waitForCheckin({ event: 'trigger', anchor: 'end', offset: 'P7D' }),
      catalog: { events: [web] },
      events: [reg('a', 'web'), rec('2026-07-07T10:30:00Z', 'join.clicked', { id: 'a' }, { eventId: 'web', sessionId: 's1', source: 'personalized' })],
      options: { trace: true },
    });
    expect(traceOf(out, 'a').path[2].at).toBe('2026-07-07T15:00:00.000Z');
  });

  it('fires a check-in record of the log at its own instant', () => {
    const web = event('web', 'teams-webinar', '2026-03-10T18:00', '2026-03-10T19:00');
    const out = run({
      journey: waitForCheckin({ event: 'trigger', anchor: 'end', offset: 'P1D' }),
      catalog: { events: [web] },
      events: [reg('a', 'web'), rec('2026-03-10T19:30:00Z', 'checkin.created', { id: 'a' }, { eventId: 'web' })],
      options: { trace: true },
    });
    expect(traceOf(out, 'a').path[2].at).toBe('2026-03-10T19:30:00.000Z');
  });
});
