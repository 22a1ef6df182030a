import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../src/domain/validate';
import { localToEpoch, offsetMinutesAt, parseInstant } from '../../src/domain/time';
import { eventRecordSchema } from '../../src/simulator/inputs';
import { isOnlineFormat } from '../../src/domain/catalog';
import { seedActivity } from './seed-activity';
import { seedContacts, CONTACT_COUNT } from './seed-contacts';
import { seedEvents } from './seed-events';
import { seedRandom } from './random';
import { DB_SEED, seedMutableData, seedReferenceData } from './seed';
import { validationContextOf } from './journey-store';
import type { Db } from './db';

const db: Db = { ...seedReferenceData(), ...seedMutableData() };
const context = validationContextOf(db);
const byId = (id: string) => db.journeys.find((j) => j.resource.journey.id === id)!.resource;

describe('the sample journeys', () => {
  it('the live launch webinar follow-up has no finding at all', () => {
    const launch = byId('launch-webinar-follow-up');
    expect(launch.status).toBe('live');
    expect(validateJourney(launch.journey, context)).toEqual([]);
  });

  it('the roundtable draft has warnings only: join without registration, check-in wait too short, branch end', () => {
    const findings = validateJourney(byId('partner-roundtable-invite').journey, context);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.code).sort()).toEqual(['branch-ends', 'checkin-wait-too-short', 'join-without-registration']);
  });

  it('the white paper draft has errors', () => {
    const codes = validateJourney(byId('whitepaper-nurture').journey, context)
      .filter((f) => f.severity === 'error')
      .map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['entry-interaction', 'trigger-not-ready', 'unreachable', 'wait-invalid', 'email-template-missing']),
    );
  });

  it('every version kept for the samples is a valid document', () => {
    for (const stored of db.journeys) {
      for (const v of stored.versions) {
        expect(validateJourney(v.journey, context).filter((f) => f.code === 'schema')).toEqual([]);
      }
    }
  });
});

describe('the seeded data', () => {
  it('is the same on every generation (fixed seed)', () => {
    const a = seedActivity(seedEvents, seedContacts(seedRandom(DB_SEED)), DB_SEED);
    const b = seedActivity(seedEvents, seedContacts(seedRandom(DB_SEED)), DB_SEED);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('has a few hundred contacts and a dozen events of every format', () => {
    expect(db.contacts).toHaveLength(CONTACT_COUNT);
    expect(db.events).toHaveLength(12);
    expect(new Set(db.events.map((e) => e.format))).toEqual(
      new Set(['in-person', 'teams-webinar', 'teams-meeting', 'teams-live', 'on24', 'zoom']),
    );
    expect(new Set(db.events.map((e) => e.timeZone)).size).toBeGreaterThanOrEqual(5);
    expect(db.events.some((e) => e.format === 'teams-webinar' && (e.sessions?.length ?? 0) > 1)).toBe(true);
  });

  it('has an online event whose UTC offset changes between its creation and its start', () => {
    const crossing = db.events.filter((e) => {
      const created = parseInstant(e.createdAt)!;
      const start = localToEpoch(e.start, e.timeZone)!;
      return isOnlineFormat(e.format) && offsetMinutesAt(created, e.timeZone) !== offsetMinutesAt(start, e.timeZone);
    });
    expect(crossing.map((e) => e.id)).toContain('evt-spring-briefing');
  });

  it('activity records are valid simulator records, in instant order', () => {
    for (const event of db.events) {
      const records = db.activity[event.id];
      expect(records.length).toBeGreaterThan(20);
      let last = -Infinity;
      for (const record of records) {
        expect(eventRecordSchema.safeParse(record).success).toBe(true);
        const at = parseInstant(record.at)!;
        expect(at).toBeGreaterThanOrEqual(last);
        last = at;
      }
    }
  });

  it('shows the platform rules: duplicates, cancellations, forwarded and too-early clicks, delayed ON24 check-ins', () => {
    const all = Object.values(db.activity).flat();
    expect(all.some((r) => r.type === 'registration.cancelled')).toBe(true);
    expect(all.some((r) => r.type === 'join.clicked' && r.source === 'forwarded')).toBe(true);
    const tooEarly = db.events.some((e) =>
      db.activity[e.id].some((r) => {
        if (r.type !== 'join.clicked') return false;
        const session = e.sessions?.find((s) => s.id === r.sessionId);
        const start = localToEpoch(session?.start ?? e.start, e.timeZone)!;
        return parseInstant(r.at)! < start - 120 * 60_000;
      }),
    );
    expect(tooEarly).toBe(true);
    const launch = db.activity['evt-launch'];
    const registrations = launch.filter((r) => r.type === 'registration.created');
    const keys = registrations.map((r) => r.contact.id ?? r.contact.email);
    expect(new Set(keys).size).toBeLessThan(keys.length);
    const on24 = db.events.find((e) => e.id === 'evt-analytics-deep-dive')!;
    const end = localToEpoch(on24.end, on24.timeZone)!;
    const checkins = db.activity[on24.id].filter((r) => r.type === 'checkin.created');
    expect(checkins.length).toBeGreaterThan(0);
    expect(checkins.every((r) => parseInstant(r.at) === end + 4 * 3_600_000)).toBe(true);
    expect(db.activity['evt-launch'].some((r) => r.type === 'email.opened' && r.tile === 'reminder')).toBe(true);
  });

  it('has a Join email template and the custom and record-change triggers', () => {
    expect(db.templates.some((t) => t.category === 'join' && t.html.includes('Join in Teams'))).toBe(true);
    expect(db.triggers.filter((t) => t.kind === 'custom')).toHaveLength(2);
    expect(db.triggers.filter((t) => t.kind === 'record-change')).toHaveLength(1);
  });
});
