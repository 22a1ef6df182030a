import { describe, expect, it } from 'vitest';
import { sampleJourney } from './testing-journeys';
import { toCanvas, withLivePositions } from './to-canvas';

describe('live positions during a drag', () => {
  it('gives the moving tiles their live positions and keeps every other node object', () => {
    const { nodes } = toCanvas(sampleJourney());
    const [first, second] = nodes;
    const live = withLivePositions(nodes, { [second.id]: { x: 12.5, y: -3 } });
    expect(live[1].position).toEqual({ x: 12.5, y: -3 });
    expect(live[1].data).toBe(second.data);
    expect(live.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual([second.id]);
    expect(live[0]).toBe(first);
    // The mapped nodes are left as they were: the document still has the old position.
    expect(second.position).not.toEqual({ x: 12.5, y: -3 });
  });

  it('keeps a node whose live position is where it already is, and ignores unknown ids', () => {
    const { nodes } = toCanvas(sampleJourney());
    const live = withLivePositions(nodes, { [nodes[0].id]: { ...nodes[0].position }, ghost: { x: 1, y: 1 } });
    expect(live.every((n, i) => n === nodes[i])).toBe(true);
  });
});

describe('reconnecting a connection', () => {
  it('offers the ends of a connection for dragging only while it is selected', () => {
    const journey = sampleJourney();
    const [chosen, other] = journey.edges;
    const { edges } = toCanvas(journey, { selection: { tiles: [], edges: [chosen.id] } });
    expect(edges.find((e) => e.id === chosen.id)?.reconnectable).toBe(true);
    expect(edges.find((e) => e.id === other.id)?.reconnectable).toBe(false);
  });
});
