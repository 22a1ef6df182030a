import { describe, expect, it } from 'vitest';
import { chain, email, event, rec, run } from './testing/sim-kit';

/**
 * Rule 2, dstMode: an event created in winter (Paris, UTC+1) that starts after the spring change
 * (10:00 Paris on 10 April = 08:00Z). Exact: the window opens at 06:00Z. Platform: the start is
 * read with the creation's offset (10:00 − 1 h = 09:00Z), so the window opens at 07:00Z.
 */

const created = '2026-02-01T10:00:00+01:00';
const teams = event('web', 'teams-webinar', '2026-04-10T10:00', '2026-04-10T11:00', { timeZone: 'Europe/Paris', createdAt: created });
const inPerson = event('web', 'in-person', '2026-04-10T10:00', '2026-04-10T11:00', { timeZone: 'Europe/Paris', createdAt: created });
const j = chain('checkin.created', [email('thanks')], { reentry: { mode: 'afterExit' } });
const clicks = [
  rec('2026-04-10T06:30:00Z', 'join.clicked', { id: 'a', email: 'a@x.com' }, { eventId: 'web', source: 'personalized' }),
  rec('2026-04-10T07:00:00Z', 'join.clicked', { id: 'b', email: 'b@x.com' }, { eventId: 'web', source: 'personalized' }),
  rec('2026-04-10T09:00:00Z', 'join.clicked', { id: 'c', email: 'c@x.com' }, { eventId: 'web', source: 'personalized' }),
];

describe('dstMode and the 120-minute window', () => {
  it('exact mode measures from the true start instant', () => {
    const out = run({ journey: j, catalog: { events: [teams] }, events: clicks });
    expect(out.dropped['too-early']).toBe(0);
    expect(out.summary.entered).toBe(3);
  });

  it('platform mode measures an online event’s window from the start read with the offset at createdAt', () => {
    const out = run({ journey: j, catalog: { events: [teams] }, events: clicks, options: { dstMode: 'platform' } });
    expect(out.droppedRecords).toMatchObject([{ line: 1, reason: 'too-early' }]);
    expect(out.droppedRecords[0].why).toMatch(/daylight-saving/);
    expect(out.summary.entered).toBe(2);
  });

  it('platform mode only misjudges the opening: the end and the check-in time stay true instants', () => {
    const late = [rec('2026-04-10T08:59:00Z', 'join.clicked', { id: 'c', email: 'c@x.com' }, { eventId: 'web', source: 'personalized' })];
    const out = run({ journey: j, catalog: { events: [teams] }, events: late, options: { dstMode: 'platform', trace: true } });
    expect(out.dropped['after-end']).toBe(0);
    expect(out.contacts?.[0].path[0].at).toBe('2026-04-10T13:00:00.000Z');
  });

  it('platform mode does not touch in-person events', () => {
    const out = run({ journey: j, catalog: { events: [inPerson] }, events: clicks, options: { dstMode: 'platform' } });
    expect(out.dropped['too-early']).toBe(0);
  });
});
