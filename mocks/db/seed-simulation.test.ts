import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/domain/journey-schema';
import { ingestArray } from '../../src/simulator/ingest';
import type { Contact } from '../../src/simulator/inputs';
import { simulate } from '../../src/simulator/simulate';
import { seedMutableData, seedReferenceData } from './seed';

const reference = seedReferenceData();
const mutable = seedMutableData();
const catalog = { events: reference.events, triggers: mutable.triggers };
const contacts = reference.contacts.map(
  (c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== null)) as Contact,
);
const launch = mutable.journeys[0].resource.journey;

function run(journey: Journey, eventId: string, dstMode: 'exact' | 'platform' = 'exact') {
  return simulate({ journey, catalog, contacts, log: ingestArray(reference.activity[eventId]), options: { dstMode } });
}

describe('the seeded activity replayed by the simulator', () => {
  it('sends launch webinar registrants down both paths, with forwarded and too-early clicks dropped', () => {
    const out = run(launch, 'evt-launch');
    expect(out.summary.entered).toBeGreaterThan(40);
    expect(out.tiles['wait-checkin'].ports.triggered).toBeGreaterThan(0);
    expect(out.tiles['wait-checkin'].ports.timeout).toBeGreaterThan(0);
    expect(out.summary.exited).toBeGreaterThan(0);
    expect(out.dropped['forwarded-link']).toBeGreaterThan(0);
    expect(out.dropped['too-early']).toBeGreaterThan(0);
  });

  it('shows the platform misjudging the check-in window of the event created before the DST change', () => {
    const briefing: Journey = {
      ...launch,
      activeFrom: undefined,
      exitWhen: [],
      tiles: launch.tiles.map((t) =>
        t.kind === 'trigger' ? { ...t, where: { attr: 'trigger.eventId', op: 'eq', value: 'evt-spring-briefing' } } : t,
      ),
    };
    const exact = run(briefing, 'evt-spring-briefing', 'exact');
    const platform = run(briefing, 'evt-spring-briefing', 'platform');
    expect(platform.dropped['too-early']).toBeGreaterThan(exact.dropped['too-early']);
  });
});
