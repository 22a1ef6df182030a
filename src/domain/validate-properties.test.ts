import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { portsOf } from './graph';
import type { Journey } from './journey-schema';
import { journeySchema } from './journey-schema';
import { arbitraryJourney, arbitraryValidJourney } from './testing/arbitrary-journey';
import { validateJourney } from './validate';

const errorsOf = (j: unknown) => validateJourney(j).filter((f) => f.severity === 'error');
const codesOf = (j: unknown) => validateJourney(j).map((f) => f.code);
const clone = (j: Journey): Journey => JSON.parse(JSON.stringify(j));

describe('random journeys', () => {
  it('random valid journeys produce no error', () => {
    fc.assert(
      fc.property(arbitraryValidJourney(), (j) => {
        expect(errorsOf(j)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('random valid journeys round-trip: parse → stringify → parse is identity', () => {
    fc.assert(
      fc.property(arbitraryJourney(), (j) => {
        const once = journeySchema.parse(j);
        expect(journeySchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('a dangling edge gives edge-dangling', () => {
    fc.assert(
      fc.property(arbitraryValidJourney(), fc.nat(), (j, pick) => {
        const m = clone(j);
        const from = m.tiles[pick % m.tiles.length];
        m.edges.push({ id: 'dangling', from: from.id, port: portsOf(from)[0] ?? 'next', to: 'no-such-tile' });
        expect(codesOf(m)).toContain('edge-dangling');
      }),
      { numRuns: 100 },
    );
  });

  it('an edge back to an ancestor gives cycle', () => {
    fc.assert(
      fc.property(arbitraryValidJourney({ minTiles: 2 }), fc.nat(), fc.nat(), (j, pickEdge, pickAncestor) => {
        const m = clone(j);
        const edge = m.edges[pickEdge % m.edges.length];
        // ancestors of the edge's source, itself included
        const ancestors = new Set([edge.from]);
        let grew = true;
        while (grew) {
          grew = false;
          for (const e of m.edges) {
            if (ancestors.has(e.to) && !ancestors.has(e.from)) {
              ancestors.add(e.from);
              grew = true;
            }
          }
        }
        const list = [...ancestors];
        edge.to = list[pickAncestor % list.length];
        expect(codesOf(m)).toContain('cycle');
      }),
      { numRuns: 100 },
    );
  });

  it('removing the entry leaves no entry, or makes another trigger an entry', () => {
    fc.assert(
      fc.property(arbitraryValidJourney({ minTiles: 2 }), (j) => {
        const m = clone(j);
        const entry = m.tiles.shift()!;
        m.edges = m.edges.filter((e) => e.from !== entry.id);
        const codes = codesOf(m);
        const starts = m.tiles.filter((t) => t.kind === 'trigger' && !m.edges.some((e) => e.to === t.id));
        if (starts.length === 0) expect(codes).toContain('entry-missing');
        else if (starts.length > 1) expect(codes.filter((c) => c === 'entry-multiple')).toHaveLength(starts.length);
        else expect(codes.filter((c) => c.startsWith('entry-'))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a junk field gives a schema finding naming its path, and nothing else', () => {
    fc.assert(
      fc.property(arbitraryValidJourney(), fc.nat(), (j, pick) => {
        const m = clone(j) as unknown as { tiles: Record<string, unknown>[] };
        const i = pick % m.tiles.length;
        m.tiles[i].junk = true;
        const findings = validateJourney(m);
        expect(findings).toEqual([expect.objectContaining({ code: 'schema', path: `tiles[${i}].junk` })]);
      }),
      { numRuns: 100 },
    );
  });

  it('a wrong type gives a schema finding naming its path', () => {
    fc.assert(
      fc.property(arbitraryValidJourney(), fc.nat(), fc.constantFrom('id', 'kind'), (j, pick, field) => {
        const m = clone(j) as unknown as { tiles: Record<string, unknown>[] };
        const i = pick % m.tiles.length;
        m.tiles[i][field] = 42;
        const findings = validateJourney(m);
        expect(findings.every((f) => f.code === 'schema')).toBe(true);
        expect(findings.map((f) => f.path)).toContain(`tiles[${i}].${field}`);
      }),
      { numRuns: 100 },
    );
  });

  it('answers with a finding for a document that loops on itself', () => {
    const loop: Record<string, unknown> = { attr: 'contact.x', op: 'exists' };
    const not: Record<string, unknown> = {};
    not.not = not;
    const doc = { schemaVersion: 1, id: 'j', name: 'J', timeZone: 'UTC', tiles: [{ id: 'entry', kind: 'trigger', trigger: 'form.submitted', where: { all: [loop, not] } }], edges: [] };
    expect(validateJourney(doc)).toMatchObject([{ code: 'schema', tile: 'entry', path: 'tiles[0].where.all[1].not' }]);
    let deep: Record<string, unknown> = { attr: 'contact.x', op: 'exists' };
    for (let i = 0; i < 10_000; i++) deep = { not: deep };
    const deepDoc = { ...doc, tiles: [{ ...doc.tiles[0], where: deep }] };
    expect(validateJourney(deepDoc)).toMatchObject([{ code: 'schema', path: expect.stringMatching(/^tiles\[0\]\.where(\.not)+$/) }]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }), (x) => {
        const findings = validateJourney(x);
        expect(Array.isArray(findings)).toBe(true);
        // the validator's safety net (a caught exception) must never be what answered
        expect(findings.some((f) => f.message.includes('could not be checked'))).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(arbitraryJourney(), fc.array(fc.tuple(fc.nat(), fc.anything()), { maxLength: 3 }), (j, pokes) => {
        const m = clone(j) as unknown as Record<string, unknown>;
        const tiles = m.tiles as Record<string, unknown>[];
        for (const [k, value] of pokes) {
          const tile = tiles[k % tiles.length];
          const keys = Object.keys(tile);
          tile[keys[k % keys.length]] = value;
        }
        const findings = validateJourney(m, { catalog: { events: [] }, templates: ['tpl-a'] });
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) expect(f.message).not.toContain('could not be checked');
      }),
      { numRuns: 200 },
    );
  });
});
