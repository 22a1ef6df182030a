import dagre from '@dagrejs/dagre';
import { portsOf } from '../domain/graph';
import type { Journey } from '../domain/journey-schema';
import type { XY } from './editor-types';
import { TILE_HEIGHT, TILE_WIDTH } from './tile-size';

// Top-to-bottom layered layout; ports are ordered left to right as the tile draws them, so
// edges are sorted by port index to keep branches in the same order as their handles.
export function layoutPositions(journey: Journey, only?: ReadonlySet<string>): Map<string, XY> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 72, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(journey.tiles.map((t) => t.id));
  const portIndex = new Map<string, number>();
  for (const tile of journey.tiles) {
    g.setNode(tile.id, { width: TILE_WIDTH, height: TILE_HEIGHT });
    portsOf(tile).forEach((p, i) => portIndex.set(`${tile.id}\u0000${p}`, i));
  }
  const edges = journey.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to)
    .slice()
    .sort((a, b) => (portIndex.get(`${a.from}\u0000${a.port}`) ?? 0) - (portIndex.get(`${b.from}\u0000${b.port}`) ?? 0));
  for (const e of edges) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const positions = new Map<string, XY>();
  for (const tile of journey.tiles) {
    if (only && !only.has(tile.id)) continue;
    const n = g.node(tile.id) as { x: number; y: number } | undefined;
    if (!n) continue;
    positions.set(tile.id, { x: Math.round(n.x - TILE_WIDTH / 2), y: Math.round(n.y - TILE_HEIGHT / 2) });
  }
  return positions;
}

export function withPositions(journey: Journey, positions: ReadonlyMap<string, XY>): Journey {
  if (positions.size === 0) return journey;
  let changed = false;
  const tiles = journey.tiles.map((t) => {
    const p = positions.get(t.id);
    if (!p || (t.position && t.position.x === p.x && t.position.y === p.y)) return t;
    changed = true;
    return { ...t, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...journey, tiles } : journey;
}

// Tiles imported without positions get laid out around the ones that have them.
export function layoutMissingPositions(journey: Journey): Journey {
  const missing = new Set(journey.tiles.filter((t) => !t.position).map((t) => t.id));
  if (missing.size === 0) return journey;
  return withPositions(journey, layoutPositions(journey, missing));
}
