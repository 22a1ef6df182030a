import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryJourney, arbitraryValidJourney } from '../domain/testing/arbitrary-journey';
import { fromCanvas } from './from-canvas';
import { createCanvasMapper, toCanvas } from './to-canvas';
import { sampleJourney } from './testing-journeys';

describe('document → canvas → document', () => {
  it('is the identity for random valid journeys', () => {
    fc.assert(
      fc.property(arbitraryValidJourney(), (journey) => {
        const { nodes, edges } = toCanvas(journey);
        expect(fromCanvas(journey, nodes, edges)).toEqual(journey);
      }),
      { numRuns: 150 },
    );
  });

  it('is the identity for random journeys with errors too', () => {
    fc.assert(
      fc.property(arbitraryJourney(), (journey) => {
        const { nodes, edges } = toCanvas(journey);
        expect(fromCanvas(journey, nodes, edges)).toEqual(journey);
      }),
      { numRuns: 100 },
    );
  });

  it('gives one labelled handle per port and one edge per document edge', () => {
    const { nodes, edges } = toCanvas(sampleJourney());
    expect(nodes.find((n) => n.id === 'split')!.data.ports).toEqual([
      { id: 'opened', label: 'Opened' },
      { id: 'fr', label: 'fr' },
      { id: 'otherwise', label: 'Otherwise' },
    ]);
    expect(edges[2]).toMatchObject({ source: 'split', sourceHandle: 'opened', target: 'done' });
  });

  it('keeps the node object of every tile that did not change', () => {
    const map = createCanvasMapper();
    const journey = sampleJourney();
    const first = map(journey);
    const moved = { ...journey, tiles: journey.tiles.map((t) => (t.id === 'confirm' ? { ...t, position: { x: 5, y: 5 } } : t)) };
    const second = map(moved);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['confirm']);
    expect(second.edges).toBe(first.edges);
    const third = map(moved, { selection: { tiles: ['done'], edges: [] } });
    expect(third.nodes.filter((n, i) => n !== second.nodes[i]).map((n) => n.id)).toEqual(['done']);
  });
});
