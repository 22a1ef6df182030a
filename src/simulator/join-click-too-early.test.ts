import { describe, expect, it } from 'vitest';
import { chain, email, event, rec, run } from './testing/sim-kit';

/** Rule 2: which join clicks become check-ins, checked in the order link → too early → after end. */

const inPerson = event('expo', 'in-person', '2026-05-14T10:00', '2026-05-14T17:00', {
  sessions: [{ id: 'am', start: '2026-05-14T10:00', end: '2026-05-14T12:00' }],
});
const checkins = chain('checkin.created', [email('thanks')], { reentry: { mode: 'afterExit' } });
const click = (at: string, id: string, more: Record<string, unknown> = {}) =>
  rec(at, 'join.clicked', { id, email: `${id}@x.com` }, { eventId: 'expo', source: 'personalized', ...more });

describe('join clicks → check-ins (rule 2)', () => {
  it('drops a click earlier than 120 minutes before the start as too-early, and accepts one at exactly start − 120 min', () => {
    const out = run({
      journey: checkins,
      catalog: { events: [inPerson] },
      events: [click('2026-05-14T07:59:59Z', 'a'), click('2026-05-14T08:00:00Z', 'b')],
    });
    expect(out.dropped['too-early']).toBe(1);
    expect(out.droppedRecords).toMatchObject([{ line: 1, reason: 'too-early' }]);
    expect(out.droppedRecords[0].why).toMatch(/earlier than 120 minutes before/);
    expect(out.summary.entered).toBe(1);
  });

  it('accepts a click at exactly the end and drops one after it as after-end', () => {
    const out = run({
      journey: checkins,
      catalog: { events: [inPerson] },
      events: [click('2026-05-14T17:00:00Z', 'a'), click('2026-05-14T17:00:01Z', 'b')],
    });
    expect(out.dropped['after-end']).toBe(1);
    expect(out.summary.entered).toBe(1);
  });

  it('checks the link before the window: a forwarded too-early click is forwarded-link', () => {
    const out = run({
      journey: checkins,
      catalog: { events: [inPerson] },
      events: [click('2026-05-01T00:00:00Z', 'a', { source: 'forwarded' }), click('2026-05-30T00:00:00Z', 'b')],
    });
    expect(out.droppedRecords.map((d) => d.reason)).toEqual(['forwarded-link', 'after-end']);
  });

  it('uses the window of the session the click names, and ignores a sessionId that is not one of the event’s', () => {
    const out = run({
      journey: checkins,
      catalog: { events: [inPerson] },
      events: [
        click('2026-05-14T12:30:00Z', 'a', { sessionId: 'am' }),
        click('2026-05-14T12:30:00Z', 'b', { sessionId: 'nope' }),
      ],
    });
    expect(out.droppedRecords).toMatchObject([{ line: 1, reason: 'after-end' }]);
    expect(out.summary.entered).toBe(1);
  });

  it('creates the contact of a dropped click (identity comes first), but not for an event outside the catalog', () => {
    const out = run({
      journey: chain('contact.created', [email('hello')]),
      catalog: { events: [inPerson] },
      events: [
        rec('2026-05-01T00:00:00Z', 'join.clicked', { email: 'early@x.com' }, { eventId: 'expo', source: 'personalized' }),
        rec('2026-05-01T00:00:00Z', 'join.clicked', { email: 'ghost@x.com' }, { eventId: 'ghost', source: 'personalized' }),
      ],
    });
    expect(out.summary.contacts).toBe(1);
    expect(out.summary.entered).toBe(1);
    expect(out.droppedRecords.map((d) => d.reason)).toEqual(['too-early', 'unknown-event']);
  });

  it('processes registrations and check-ins for events outside the catalog as usual', () => {
    const out = run({
      journey: chain('checkin.created', [email('thanks')]),
      events: [rec('2026-05-01T00:00:00Z', 'checkin.created', { email: 'a@x.com' }, { eventId: 'ghost' })],
    });
    expect(out.summary.entered).toBe(1);
    expect(out.summary.dropped).toBe(0);
  });

  it('makes an in-person click a check-in at the click itself, carrying the click’s eventId, sessionId and data', () => {
    const out = run({
      journey: chain('checkin.created', [email('thanks')], {}, {
        all: [
          { attr: 'trigger.sessionId', op: 'eq', value: 'am' },
          { attr: 'trigger.booth', op: 'eq', value: 7 },
        ],
      }),
      catalog: { events: [inPerson] },
      events: [click('2026-05-14T10:30:00Z', 'a', { sessionId: 'am', data: { booth: 7 } })],
      options: { trace: true },
    });
    expect(out.contacts?.[0].path[0].at).toBe('2026-05-14T10:30:00.000Z');
  });
});
