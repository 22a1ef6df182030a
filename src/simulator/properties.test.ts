import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/catalog';
import type { Journey } from '../domain/journey-schema';
import { arbitraryValidJourney } from '../domain/testing/arbitrary-journey';
import { ingestArray, ingestText, LogFormatError } from './ingest';
import type { SimOptions } from './inputs';
import { isSimulationErrors, type SimulationOutput } from './output';
import { batchOf } from './record-batch';
import { checkJourney, createSimulation, simulate } from './simulate';

/** Properties over random journeys and random logs (fast-check). */

const catalog: Catalog = {
  events: [
    { id: 'evt-launch', name: 'Launch', format: 'teams-webinar', timeZone: 'Europe/Paris', createdAt: '2026-01-10T10:00:00+01:00', start: '2026-03-30T18:00', end: '2026-03-30T19:00' },
    {
      id: 'evt-series',
      name: 'Series',
      format: 'in-person',
      timeZone: 'America/Sao_Paulo',
      createdAt: '2026-01-10T10:00:00-03:00',
      start: '2026-03-05T10:00',
      end: '2026-03-12T11:00',
      sessions: [
        { id: 's1', start: '2026-03-05T10:00', end: '2026-03-05T11:00' },
        { id: 's2', start: '2026-03-12T10:00', end: '2026-03-12T11:00' },
      ],
    },
    { id: 'evt-zoom', name: 'Zoom', format: 'zoom', timeZone: 'Asia/Kolkata', createdAt: '2026-01-10T10:00:00+05:30', start: '2026-03-20T17:00', end: '2026-03-20T18:30' },
  ],
};

const people = [
  { id: 'p1', email: 'ana@x.com', firstName: 'Ana', lastName: 'Silva' },
  { email: 'BO@x.com', firstName: 'Bo', lastName: 'Chen' },
  { firstName: ' ana ', lastName: 'SILVA' },
  { email: 'cy@x.com' },
  { id: 'p9', email: 'ana@x.com', consent: false },
  {},
];
const types = ['registration.created', 'registration.cancelled', 'join.clicked', 'checkin.created', 'email.opened', 'email.clicked', 'contact.created', 'contact.updated', 'form.submitted', 'lead.created', 'custom'] as const;
const BASE = Date.UTC(2026, 1, 25);

const arbRecord = (at: fc.Arbitrary<number>) =>
  fc
    .record({
      at,
      type: fc.constantFrom(...types),
      who: fc.nat(people.length - 1),
      eventId: fc.constantFrom('evt-launch', 'evt-series', 'evt-zoom', 'evt-ghost'),
      sessionId: fc.option(fc.constantFrom('s1', 's2', 'zz'), { nil: undefined }),
      source: fc.constantFrom('personalized', 'personalized', 'forwarded'),
      changed: fc.subarray(['email', 'phone', 'address', 'name']),
    })
    .map((r) => ({
      at: new Date(BASE + r.at).toISOString(),
      type: r.type,
      contact: people[r.who],
      eventId: r.eventId,
      ...(r.sessionId ? { sessionId: r.sessionId } : {}),
      source: r.source,
      tile: 'mail',
      name: 'custom.x',
      changed: r.changed,
    }));

/** Instants over ~5 weeks in whole minutes, so that some coincide. */
const arbLog = fc.array(arbRecord(fc.integer({ min: 0, max: 50_000 }).map((m) => m * 60_000)), { maxLength: 40 });
const arbOptions: fc.Arbitrary<SimOptions> = fc.record({
  matching: fc.constantFrom('email' as const, 'name' as const, 'emailAndName' as const),
  dstMode: fc.constantFrom('exact' as const, 'platform' as const),
  until: fc.option(fc.integer({ min: 0, max: 60 }).map((d) => new Date(BASE + d * 86_400_000).toISOString()), { nil: undefined }),
  trace: fc.boolean(),
  seed: fc.integer(),
});
const arbRunnable = arbitraryValidJourney({ maxTiles: 10 }).filter((j) => checkJourney(j, catalog).errors.length === 0);

function runOf(journey: Journey, events: unknown[], options: SimOptions): SimulationOutput {
  return simulate({ journey, catalog, log: ingestArray(events), options: { ...options, engagement: { mail: { open: 0.5, click: 0.3, delay: 'PT1H' } } } });
}

const params = { numRuns: 60 };

describe('simulator properties', () => {
  it('conserves contacts: entered = completed + exited + inProgress, and per tile entered = sum(ports) + exited + waiting', () => {
    fc.assert(
      fc.property(arbRunnable, arbLog, arbOptions, (journey, events, options) => {
        const out = runOf(journey, events, options);
        const s = out.summary;
        expect(s.entered).toBe(s.completed + s.exited + s.inProgress);
        if (options.until === undefined) expect(s.inProgress).toBe(0);
        let waiting = 0;
        for (const t of Object.values(out.tiles)) {
          const ports = Object.values(t.ports).reduce((a, b) => a + b, 0);
          expect(t.entered).toBe(ports + t.exited + t.waiting);
          expect(t.suppressed + t.unresolved).toBeLessThanOrEqual(ports);
          waiting += t.waiting;
        }
        expect(waiting).toBe(s.inProgress);
        expect(s.records).toBe(events.length);
        expect(Object.values(out.dropped).reduce((a, b) => a + b, 0)).toBe(s.dropped);
      }),
      params,
    );
  });

  it('is deterministic: the same input gives the same bytes', () => {
    fc.assert(
      fc.property(arbRunnable, arbLog, arbOptions, (journey, events, options) => {
        expect(JSON.stringify(runOf(journey, events, options))).toBe(JSON.stringify(runOf(journey, events, options)));
      }),
      params,
    );
  });

  it('does not depend on the file order of records at different instants', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: 0, max: 50_000 }).map((m) => m * 60_000), { maxLength: 30 }).chain((ats) =>
      fc.tuple(...ats.map((at) => arbRecord(fc.constant(at)))),
    );
    fc.assert(
      fc.property(arbRunnable, distinct, arbOptions, fc.nat(), (journey, events, options, seed) => {
        const log = ingestArray(events);
        const shuffled = batchOf(log.records.lineRecords().sort((a, b) => ((a.line * 7919 + seed) % 101) - ((b.line * 7919 + seed) % 101)));
        const a = simulate({ journey, catalog, log, options });
        const b = simulate({ journey, catalog, log: { ...log, records: shuffled }, options });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      params,
    );
  });

  it('feeding records in two pieces gives the same output as one run', () => {
    fc.assert(
      fc.property(arbRunnable, arbLog, arbOptions, fc.nat(), (journey, events, options, cut) => {
        const log = ingestArray(events);
        const sorted = log.records.inTimeOrder();
        const k = cut % (sorted.size + 1);
        const whole = simulate({ journey, catalog, log, options });
        const sim = createSimulation({ journey, catalog, options });
        sim.feed(sorted.slice(0, k), log.dropped);
        sim.snapshot();
        sim.feed(sorted.slice(k));
        expect(JSON.stringify(sim.finish())).toBe(JSON.stringify(whole));
      }),
      params,
    );
  });

  it('never throws on arbitrary record values', () => {
    fc.assert(
      fc.property(arbRunnable, fc.array(fc.oneof(fc.anything(), arbRecord(fc.integer({ min: 0, max: 50_000 }).map((m) => m * 60_000)))), (journey, events) => {
        const out = runOf(journey, events, {});
        expect(isSimulationErrors(out)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('reads any text as a log or refuses it with a LogFormatError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.json()).map((a) => a.join('\n'))), (text) => {
        try {
          const r = ingestText(text);
          expect(r.records.size + r.dropped.length).toBe(r.total);
        } catch (e) {
          expect(e).toBeInstanceOf(LogFormatError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
