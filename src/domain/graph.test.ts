import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { edgesFrom, findCycles, findEntryCandidates, portsOf, reachableFrom, topologicalOrder } from './graph';
import type { Journey } from './journey-schema';
import { arbitraryValidJourney } from './testing/arbitrary-journey';
import { webinarJourney } from './testing/sample-journeys';

describe('ports', () => {
  it('gives each tile kind its exits', () => {
    expect(portsOf({ id: 't', kind: 'trigger', trigger: 'form.submitted' })).toEqual(['next']);
    expect(portsOf({ id: 'e', kind: 'email', template: 't', subject: 's' })).toEqual(['next']);
    expect(portsOf({ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' })).toEqual(['next']);
    expect(portsOf({ id: 'w', kind: 'wait', mode: 'until', until: { at: '2026-01-01T00:00' } })).toEqual(['next']);
    expect(portsOf({ id: 'w', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: 'P1D' })).toEqual(['triggered', 'timeout']);
    expect(
      portsOf({ id: 'c', kind: 'condition', branches: [{ id: 'a', when: { all: [] } }, { id: 'b', when: { any: [] } }] }),
    ).toEqual(['a', 'b', 'otherwise']);
    expect(portsOf({ id: 'x', kind: 'exit' })).toEqual([]);
  });
});

describe('graph helpers', () => {
  const j = webinarJourney();
  it('maps tile → port → edge, keeping the first edge of a port only', () => {
    const withDuplicate: Journey = { ...j, edges: [...j.edges, { id: 'dup', from: 'entry', port: 'next', to: 'thanks' }] };
    const map = edgesFrom(withDuplicate);
    expect(map.get('entry')!.get('next')!.id).toBe('e1');
    expect([...map.get('await-checkin')!.keys()]).toEqual(['triggered', 'timeout']);
  });
  it('finds entry candidates and what they reach', () => {
    expect(findEntryCandidates(j).map((t) => t.id)).toEqual(['entry']);
    expect([...reachableFrom(j, 'await-checkin')].sort()).toEqual(['await-checkin', 'replay', 'thanks']);
  });
  it('orders tiles so every edge goes forward, or says there is a cycle', () => {
    const order = topologicalOrder(j)!;
    for (const e of j.edges) expect(order.indexOf(e.from)).toBeLessThan(order.indexOf(e.to));
    const looped: Journey = { ...j, edges: [...j.edges, { id: 'back', from: 'thanks', port: 'next', to: 'confirm' }] };
    expect(topologicalOrder(looped)).toBeNull();
    expect(findCycles(looped)).toEqual([['confirm', 'join', 'await-checkin', 'thanks']]);
  });
  it('random valid journeys have a topological order, no cycle and reach every tile', () => {
    fc.assert(
      fc.property(arbitraryValidJourney(), (rj) => {
        expect(findCycles(rj)).toEqual([]);
        expect(topologicalOrder(rj)).toHaveLength(rj.tiles.length);
        expect(reachableFrom(rj, rj.tiles[0].id).size).toBe(rj.tiles.length);
      }),
      { numRuns: 100 },
    );
  });
  it('handles a 5,000-tile chain without deep recursion', () => {
    const n = 5000;
    const chain: Journey = {
      ...j,
      tiles: [{ id: 't0', kind: 'trigger', trigger: 'form.submitted' }, ...Array.from({ length: n - 1 }, (_, i) => ({ id: `t${i + 1}`, kind: 'email' as const, template: 't', subject: 's' }))],
      edges: [...Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, from: `t${i}`, port: 'next', to: `t${i + 1}` })), { id: 'back', from: `t${n - 1}`, port: 'next', to: 't1' }],
    };
    expect(findCycles(chain)).toHaveLength(1);
    expect(findCycles(chain)[0][0]).toBe('t1');
  });
});
