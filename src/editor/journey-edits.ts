import { portsOf } from '../domain/graph';
import type { Edge, Journey, Tile } from '../domain/journey-schema';
import { freshId } from './tile-ids';

// Small immutable helpers shared by the commands; unchanged tiles keep their identity so the
// canvas mapper and memoised tiles can skip them.

export function replaceTile(journey: Journey, tile: Tile): Journey {
  const index = journey.tiles.findIndex((t) => t.id === tile.id);
  if (index < 0) return journey;
  const tiles = journey.tiles.slice();
  tiles[index] = tile;
  return { ...journey, tiles };
}

export function setEdgeFromPort(journey: Journey, from: string, port: string, to: string | null): Journey {
  const existing = journey.edges.find((e) => e.from === from && e.port === port);
  if (to === null) {
    return existing ? { ...journey, edges: journey.edges.filter((e) => e !== existing) } : journey;
  }
  if (existing) {
    if (existing.to === to) return journey;
    return { ...journey, edges: journey.edges.map((e) => (e === existing ? { ...e, to } : e)) };
  }
  const id = freshId('e', new Set(journey.edges.map((e) => e.id)));
  const edge: Edge = { id, from, port, to };
  return { ...journey, edges: [...journey.edges, edge] };
}

// After a tile changes shape (a branch removed, a wait switched mode), edges leaving ports that
// no longer exist would dangle: drop them with the change, in the same undo step.
export function dropEdgesOfMissingPorts(journey: Journey, tileId: string): Journey {
  const tile = journey.tiles.find((t) => t.id === tileId);
  if (!tile) return journey;
  const ports = new Set(portsOf(tile));
  const edges = journey.edges.filter((e) => e.from !== tileId || ports.has(e.port));
  return edges.length === journey.edges.length ? journey : { ...journey, edges };
}

export function removeTiles(journey: Journey, ids: ReadonlySet<string>, edgeIdsToRemove: ReadonlySet<string>): Journey {
  const tiles = journey.tiles.filter((t) => !ids.has(t.id));
  const edges = journey.edges.filter((e) => !edgeIdsToRemove.has(e.id) && !ids.has(e.from) && !ids.has(e.to));
  if (tiles.length === journey.tiles.length && edges.length === journey.edges.length) return journey;
  // A goal naming a deleted tile stays: the validator reports goal-unreachable and undo restores it.
  return { ...journey, tiles, edges };
}

export function tileById(journey: Journey, id: string): Tile | undefined {
  return journey.tiles.find((t) => t.id === id);
}
