import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import type { Journey, Tile, TileKind } from '../domain/journey-schema';
import type { Selection, XY } from './editor-types';
import { labelledPorts, type LabelledPort } from './tile-ports';
import { summarizeTile, type TriggerNames } from './tile-summary';

// Everything a tile component draws, and nothing else: plain serialisable data, so a memoised
// tile re-renders only when its own tile, selection state or badge changes.
export type TileNodeData = {
  tile: Tile;
  summary: string;
  ports: LabelledPort[];
  badge: 'error' | 'warning' | null;
  // false when the document has no position for the tile and the canvas made one up.
  placed: boolean;
};
export type TileNode = FlowNode<TileNodeData, TileKind>;
export type JourneyEdgeData = { port: string };
export type JourneyFlowEdge = FlowEdge<JourneyEdgeData>;

export const TARGET_HANDLE = 'in';

export type CanvasView = {
  selection?: Selection;
  badges?: ReadonlyMap<string, 'error' | 'warning'>;
  measured?: ReadonlyMap<string, { width: number; height: number }>;
  triggerNames?: TriggerNames;
};

const FALLBACK_COLUMNS = 8;

function fallbackPosition(index: number): XY {
  return { x: (index % FALLBACK_COLUMNS) * 280, y: Math.floor(index / FALLBACK_COLUMNS) * 160 };
}

export function tileToNode(tile: Tile, index: number, view: CanvasView, selected: boolean): TileNode {
  const measured = view.measured?.get(tile.id);
  return {
    id: tile.id,
    type: tile.kind,
    position: tile.position ? { x: tile.position.x, y: tile.position.y } : fallbackPosition(index),
    selected,
    // Always present, so every node object has the same shape: React Flow reads each of them on
    // every drag frame, and one shape keeps those reads fast.
    measured: measured ? { width: measured.width, height: measured.height } : undefined,
    data: {
      tile,
      summary: summarizeTile(tile, view.triggerNames),
      ports: labelledPorts(tile),
      badge: view.badges?.get(tile.id) ?? null,
      placed: tile.position !== undefined,
    },
  };
}

export function edgeToFlow(edge: Journey['edges'][number], selected: boolean): JourneyFlowEdge {
  return {
    id: edge.id,
    source: edge.from,
    sourceHandle: edge.port,
    target: edge.to,
    targetHandle: TARGET_HANDLE,
    selected,
    // The ends of a connection are draggable (to reconnect it) once it is selected: two hit
    // circles on every edge on screen were a tenth of the canvas's DOM, laid out every frame.
    reconnectable: selected,
    data: { port: edge.port },
  };
}

export function toCanvas(journey: Journey, view: CanvasView = {}): { nodes: TileNode[]; edges: JourneyFlowEdge[] } {
  const tiles = new Set(view.selection?.tiles ?? []);
  const edges = new Set(view.selection?.edges ?? []);
  return {
    nodes: journey.tiles.map((t, i) => tileToNode(t, i, view, tiles.has(t.id))),
    edges: journey.edges.map((e) => edgeToFlow(e, edges.has(e.id))),
  };
}

// The same mapping, remembering its last answer per tile and per edge: an unchanged tile keeps
// its node object, so React Flow and the memoised tile component skip it (a drag re-renders
// only the dragged tiles).
export function createCanvasMapper() {
  let nodeCache = new Map<string, TileNode>();
  let edgeCache = new Map<string, JourneyFlowEdge>();
  let lastNames: TriggerNames | undefined;
  let lastEdges: JourneyFlowEdge[] = [];
  return function map(journey: Journey, view: CanvasView = {}) {
    if (view.triggerNames !== lastNames) {
      nodeCache = new Map();
      lastNames = view.triggerNames;
    }
    const selectedTiles = new Set(view.selection?.tiles ?? []);
    const selectedEdges = new Set(view.selection?.edges ?? []);
    const nextNodes = new Map<string, TileNode>();
    const nodes = journey.tiles.map((tile, i) => {
      const prev = nodeCache.get(tile.id);
      const selected = selectedTiles.has(tile.id);
      const badge = view.badges?.get(tile.id) ?? null;
      const m = view.measured?.get(tile.id);
      const node =
        prev &&
        prev.data.tile === tile &&
        prev.selected === selected &&
        prev.data.badge === badge &&
        // A node React Flow measured after we built it keeps its size inside React Flow.
        (prev.measured === undefined || (prev.measured.width === m?.width && prev.measured.height === m?.height)) &&
        (tile.position !== undefined || (prev.position.x === fallbackPosition(i).x && prev.position.y === fallbackPosition(i).y))
          ? prev
          : tileToNode(tile, i, view, selected);
      nextNodes.set(tile.id, node);
      return node;
    });
    const nextEdges = new Map<string, JourneyFlowEdge>();
    const edges = journey.edges.map((edge) => {
      const prev = edgeCache.get(edge.id);
      const selected = selectedEdges.has(edge.id);
      const flow =
        prev && prev.source === edge.from && prev.sourceHandle === edge.port && prev.target === edge.to && prev.selected === selected
          ? prev
          : edgeToFlow(edge, selected);
      nextEdges.set(edge.id, flow);
      return flow;
    });
    nodeCache = nextNodes;
    edgeCache = nextEdges;
    // A drag changes no edge: hand React Flow the same array so it skips its edge pass.
    if (edges.length === lastEdges.length && edges.every((e, i) => e === lastEdges[i])) return { nodes, edges: lastEdges };
    lastEdges = edges;
    return { nodes, edges };
  };
}

// Where each node sits in a mapped array, worked out once per array (a drag keeps the array).
const nodeIndexes = new WeakMap<readonly TileNode[], Map<string, number>>();

function nodeIndex(nodes: readonly TileNode[]): Map<string, number> {
  let index = nodeIndexes.get(nodes);
  if (!index) {
    index = new Map(nodes.map((n, i) => [n.id, i]));
    nodeIndexes.set(nodes, index);
  }
  return index;
}

// During a drag React Flow owns the moving tiles' positions and the document changes once, at
// the drop: the nodes of the moving tiles are copied with their live positions, every other node
// object is kept, so React Flow re-checks a thousand nodes by identity and redraws one.
export function withLivePositions(nodes: TileNode[], positions: Readonly<Record<string, XY>>): TileNode[] {
  const index = nodeIndex(nodes);
  let live: TileNode[] | null = null;
  for (const id of Object.keys(positions)) {
    const i = index.get(id);
    if (i === undefined) continue;
    const node = nodes[i];
    const p = positions[id];
    if (p.x === node.position.x && p.y === node.position.y) continue;
    live ??= nodes.slice();
    live[i] = { ...node, position: { x: p.x, y: p.y } };
  }
  return live ?? nodes;
}
