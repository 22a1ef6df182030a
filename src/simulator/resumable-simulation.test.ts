import { describe, expect, it } from 'vitest';
import { ingestArray } from './ingest';
import { createSimulation, JourneyInvalidError, simulate } from './simulate';
import { chain, email, rec } from './testing/sim-kit';

const j = chain('form.submitted', [email('hello'), { id: 'w', kind: 'wait', mode: 'duration', duration: 'P2D' }, email('bye')]);
const events = [
  rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'a', email: 'a@x.com' }),
  rec('2026-03-02T09:00:00Z', 'form.submitted', { id: 'b', email: 'b@x.com' }),
  { at: 'bad' },
  rec('2026-03-05T09:00:00Z', 'form.submitted', { id: 'c', email: 'c@x.com' }),
];

describe('createSimulation (resumable)', () => {
  it('reports at the current instant how many wait on each tile and passed each port', () => {
    const log = ingestArray(events);
    const sim = createSimulation({ journey: j, catalog: { events: [] } });
    sim.feed(log.records.slice(0, 2), log.dropped);
    expect(sim.snapshot()).toMatchObject({
      at: '2026-03-02T09:00:00.000Z',
      records: 3,
      entered: 2,
      inProgress: 2,
      tiles: { w: { waiting: 2, ports: { next: 0 } }, hello: { waiting: 0, ports: { next: 2 } } },
    });
    sim.runUntil(Date.parse('2026-03-03T09:00:00Z'));
    expect(sim.snapshot()).toMatchObject({ at: '2026-03-03T09:00:00.000Z', completed: 1, tiles: { w: { waiting: 1, ports: { next: 1 } } } });
    sim.feed(log.records.slice(2));
    expect(sim.finish()).toEqual(simulate({ journey: j, catalog: { events: [] }, log }));
  });

  it('refuses to run a journey with validation errors', () => {
    const bad = { ...j, tiles: j.tiles.map((t) => (t.id === 'entry' ? { ...t, trigger: 'email.opened' } : t)) };
    expect(() => createSimulation({ journey: bad, catalog: { events: [] } })).toThrow(JourneyInvalidError);
  });
});
