import { portsOf } from '../domain/graph';
import type { Journey } from '../domain/journey-schema';
import { defineCommand, emptySelection, type XY } from './editor-types';
import { removeTiles, setEdgeFromPort, tileById } from './journey-edits';
import { createTile, type TileKind } from './tile-defaults';
import { freshId, tileIds } from './tile-ids';
import { TILE_HEIGHT, TILE_WIDTH } from './tile-size';

const GAP_Y = 80;

function hasPort(journey: Journey, tileId: string, port: string) {
  const tile = tileById(journey, tileId);
  return tile !== undefined && portsOf(tile).includes(port);
}

export const addTile = defineCommand<{ kind: TileKind; position?: XY; id?: string }>({
  name: 'addTile',
  label: 'Add a tile',
  history: 'record',
  perform({ journey }, { kind, position, id }) {
    const taken = tileIds(journey);
    const tileId = id && !taken.has(id) ? id : freshId(kind, taken);
    const tile = createTile(kind, tileId, position ?? nextFreeSpot(journey));
    return { journey: { ...journey, tiles: [...journey.tiles, tile] }, selection: { tiles: [tileId], edges: [] } };
  },
});

// Put a tile added without a position below everything, so it never lands on another one.
function nextFreeSpot(journey: Journey): XY {
  let maxY = -Infinity;
  let x = 0;
  for (const t of journey.tiles) {
    if (t.position && t.position.y > maxY) {
      maxY = t.position.y;
      x = t.position.x;
    }
  }
  return maxY === -Infinity ? { x: 0, y: 0 } : { x, y: maxY + TILE_HEIGHT + GAP_Y };
}

// "+" on a port: the new tile goes between the port and whatever it led to.
export const insertAfterPort = defineCommand<{ from: string; port: string; kind: TileKind; position?: XY }>({
  name: 'insertAfterPort',
  label: 'Insert a tile after a port',
  history: 'record',
  perform({ journey }, { from, port, kind, position }) {
    const source = tileById(journey, from);
    if (!source || !portsOf(source).includes(port)) return null;
    const id = freshId(kind, tileIds(journey));
    const base = source.position ?? { x: 0, y: 0 };
    const ports = portsOf(source);
    const spread = (ports.indexOf(port) - (ports.length - 1) / 2) * (TILE_WIDTH + 40);
    const at = position ?? { x: base.x + spread, y: base.y + TILE_HEIGHT + GAP_Y };
    const tile = createTile(kind, id, at);
    const previous = journey.edges.find((e) => e.from === from && e.port === port);
    let next: Journey = { ...journey, tiles: [...journey.tiles, tile] };
    next = setEdgeFromPort(next, from, port, id);
    const firstPort = portsOf(tile)[0];
    if (previous && firstPort) next = setEdgeFromPort(next, id, firstPort, previous.to);
    return { journey: next, selection: { tiles: [id], edges: [] } };
  },
});

// One edge per port: connecting a port that already leads somewhere re-points it.
export const connect = defineCommand<{ from: string; port: string; to: string }>({
  name: 'connect',
  label: 'Connect two tiles',
  history: 'record',
  perform({ journey }, { from, port, to }) {
    if (from === to || !hasPort(journey, from, port) || !tileById(journey, to)) return null;
    const next = setEdgeFromPort(journey, from, port, to);
    return next === journey ? null : { journey: next };
  },
});

export const disconnect = defineCommand<{ from: string; port: string }>({
  name: 'disconnect',
  label: 'Remove the connection of a port',
  history: 'record',
  perform({ journey, selection }, { from, port }) {
    const next = setEdgeFromPort(journey, from, port, null);
    if (next === journey) return null;
    const remaining = new Set(next.edges.map((e) => e.id));
    return { journey: next, selection: { ...selection, edges: selection.edges.filter((id) => remaining.has(id)) } };
  },
});

// Dragging either end of an edge; the edge keeps its id.
export const reconnect = defineCommand<{ edge: string; from?: string; port?: string; to?: string }>({
  name: 'reconnect',
  label: 'Move a connection',
  history: 'record',
  perform({ journey }, args) {
    const edge = journey.edges.find((e) => e.id === args.edge);
    if (!edge) return null;
    const from = args.from ?? edge.from;
    const port = args.port ?? edge.port;
    const to = args.to ?? edge.to;
    if (from === to || !hasPort(journey, from, port) || !tileById(journey, to)) return null;
    if (from === edge.from && port === edge.port && to === edge.to) return null;
    const edges = journey.edges
      .filter((e) => e === edge || !(e.from === from && e.port === port))
      .map((e) => (e === edge ? { ...e, from, port, to } : e));
    return { journey: { ...journey, edges } };
  },
});

export const deleteSelection = defineCommand({
  name: 'deleteSelection',
  label: 'Delete the selection',
  keys: ['delete', 'backspace'],
  history: 'record',
  perform({ journey, selection }) {
    if (selection.tiles.length === 0 && selection.edges.length === 0) return null;
    const next = removeTiles(journey, new Set(selection.tiles), new Set(selection.edges));
    return next === journey ? null : { journey: next, selection: emptySelection };
  },
});
