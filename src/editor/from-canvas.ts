import type { Edge, Journey, Tile } from '../domain/journey-schema';
import type { JourneyFlowEdge, TileNode } from './to-canvas';

type Settings = Omit<Journey, 'tiles' | 'edges'>;

export function nodeToTile(node: TileNode): Tile {
  const { tile, placed } = node.data;
  // A tile the document never placed stays unplaced unless the canvas moved it.
  if (!placed && !tile.position) return tile;
  return { ...tile, position: { x: node.position.x, y: node.position.y } };
}

export function flowToEdge(edge: JourneyFlowEdge): Edge {
  return { id: edge.id, from: edge.source, port: edge.sourceHandle ?? edge.data?.port ?? '', to: edge.target };
}

// The inverse of toCanvas: document settings + canvas nodes and edges → the document.
export function fromCanvas(settings: Settings, nodes: readonly TileNode[], edges: readonly JourneyFlowEdge[]): Journey {
  const { tiles: _tiles, edges: _edges, ...rest } = settings as Journey;
  return { ...rest, tiles: nodes.map(nodeToTile), edges: edges.map(flowToEdge) } as Journey;
}
