import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { conditionSchema, journeySchema } from './journey-schema';

const scenarioDir = '/work/shared/scenarios';
const scenarioJourneys = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(`${scenarioDir}/${f}`, 'utf8')).journey] as const);

const minimal = {
  schemaVersion: 1,
  id: 'j',
  name: 'J',
  timeZone: 'UTC',
  tiles: [{ id: 'entry', kind: 'trigger', trigger: 'form.submitted' }],
  edges: [],
};

describe('journey schema', () => {
  it.each(scenarioJourneys)('accepts the journey of scenario %s', (_name, journey) => {
    expect(journeySchema.safeParse(journey).success).toBe(true);
  });
  it('rejects an unknown field with its path', () => {
    const r = journeySchema.safeParse({ ...minimal, tiles: [{ ...minimal.tiles[0], foo: 1 }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['foo'], path: ['tiles', 0] });
  });
  it('rejects a value on exists / notExists', () => {
    expect(conditionSchema.safeParse({ attr: 'contact.email', op: 'exists' }).success).toBe(true);
    expect(conditionSchema.safeParse({ attr: 'contact.email', op: 'exists', value: true }).success).toBe(false);
    expect(conditionSchema.safeParse({ attr: 'contact.email', op: 'eq' }).success).toBe(false);
  });
  it('accepts attribute paths under contact., trigger. and event. only, event. only where a signal is tested', () => {
    expect(conditionSchema.safeParse({ attr: 'country', op: 'eq', value: 'FR' }).success).toBe(false);
    const withEntryWhere = (attr: string) =>
      journeySchema.safeParse({ ...minimal, tiles: [{ ...minimal.tiles[0], where: { not: { attr, op: 'exists' } } }] });
    expect(withEntryWhere('trigger.eventId').success).toBe(true);
    const bad = withEntryWhere('event.eventId');
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual(['tiles', 0, 'where', 'not', 'attr']);
    const waitWhere = { id: 'w', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', where: { attr: 'event.eventId', op: 'eq', value: 'x' }, timeout: 'P1D' };
    expect(journeySchema.safeParse({ ...minimal, tiles: [...minimal.tiles, waitWhere] }).success).toBe(true);
  });
  it('accepts every wait mode and both timeout forms', () => {
    const waits = [
      { id: 'w1', kind: 'wait', mode: 'duration', duration: 'PT2H' },
      { id: 'w2', kind: 'wait', mode: 'until', until: { at: '2026-04-01T09:00' } },
      { id: 'w3', kind: 'wait', mode: 'until', until: { event: 'evt', anchor: 'start', offset: '-P1D' } },
      { id: 'w4', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: 'P1D' },
      { id: 'w5', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: { event: 'trigger', anchor: 'end' } },
      { id: 'w6', kind: 'wait', mode: 'trigger', trigger: 'checkin.created' },
    ];
    expect(journeySchema.safeParse({ ...minimal, tiles: [...minimal.tiles, ...waits] }).success).toBe(true);
  });
  it('rejects duplicate tile ids and a branch named otherwise', () => {
    const r = journeySchema.safeParse({
      ...minimal,
      tiles: [
        ...minimal.tiles,
        { id: 'entry', kind: 'exit' },
        { id: 'c', kind: 'condition', branches: [{ id: 'otherwise', when: { attr: 'contact.x', op: 'exists' } }] },
      ],
    });
    expect(r.error!.issues.map((i) => i.path)).toEqual([['tiles', 1, 'id'], ['tiles', 2, 'branches', 0, 'id']]);
  });
  it('round-trips: parse, stringify, parse is identity', () => {
    for (const [, journey] of scenarioJourneys) {
      const once = journeySchema.parse(journey);
      expect(journeySchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
      expect(once).toEqual(journey);
    }
  });
});
