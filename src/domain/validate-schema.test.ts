import { describe, expect, it } from 'vitest';
import { webinarJourney } from './testing/sample-journeys';
import { parseJourney, validateJourney } from './validate';

const schemaOf = (doc: unknown) => validateJourney(doc);

describe('schema findings', () => {
  it('name the unknown field by its JSON path and the tile it is in', () => {
    const doc = webinarJourney() as unknown as { tiles: Record<string, unknown>[] };
    doc.tiles[2].foo = 'bar';
    expect(schemaOf(doc)).toEqual([
      {
        code: 'schema',
        severity: 'error',
        message: 'tiles[2].foo is not a field the journey format knows: remove it or check its spelling.',
        tile: 'join',
        path: 'tiles[2].foo',
      },
    ]);
  });
  it('say what is missing and what has the wrong type, one finding per problem', () => {
    const doc = { ...webinarJourney(), name: 42, edges: [{ id: 'e1', from: 'entry', port: 'next' }] } as unknown;
    const found = schemaOf(doc);
    expect(found.map((f) => f.path)).toEqual(['name', 'edges[0].to']);
    expect(found[0].message).toBe('name should be text, not the number 42.');
    expect(found[1].message).toBe('edges[0].to is missing: it is required.');
  });
  it('pick the alternative of a condition that fits what was written', () => {
    const doc = webinarJourney() as unknown as { tiles: Record<string, unknown>[] };
    doc.tiles[0].where = { all: [{ fact: 'registered', event: 7 }, { attr: 'contact.email', op: 'exists', value: true }] };
    const found = schemaOf(doc);
    expect(found.map((f) => f.path)).toEqual(['tiles[0].where.all[0].event', 'tiles[0].where.all[1].value']);
  });
  it('explain a wrong tile kind or wait mode with the allowed values', () => {
    const doc = webinarJourney() as unknown as { tiles: Record<string, unknown>[] };
    doc.tiles[1].kind = 'sms';
    doc.tiles[3].mode = 'forever';
    const found = schemaOf(doc);
    expect(found.map((f) => f.path)).toEqual(['tiles[1].kind', 'tiles[3].mode']);
    expect(found[0].message).toContain('"email"');
    expect(found[1].message).toContain('"duration"');
  });
  it('stop every other rule when the schema does not match', () => {
    const doc = { ...webinarJourney(), timeZone: 'Nowhere/Land', schemaVersion: 2 };
    expect(schemaOf(doc).map((f) => f.code)).toEqual(['schema']);
  });
  it('answer for something that is not a journey at all', () => {
    expect(schemaOf(null)).toMatchObject([{ code: 'schema', message: 'The journey should be an object, not null.' }]);
    expect(schemaOf('{}')[0].message).toContain('should be an object');
  });
  it('parseJourney gives the typed journey or the findings', () => {
    const ok = parseJourney(webinarJourney());
    expect(ok.ok && ok.journey.tiles).toHaveLength(6);
    const bad = parseJourney({});
    expect(bad.ok).toBe(false);
  });
});
