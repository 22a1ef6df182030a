import type { Edge, Journey, Tile } from './journey-schema';

/**
 * The journey as a directed graph of tiles. Only "sound" edges take part (both tiles exist, the
 * port is one of the tile's ports, and it is the first edge on that port); the others are what
 * the validator reports as `edge-dangling`.
 */

export type JourneyGraphInput = Pick<Journey, 'tiles' | 'edges'>;

export function portsOf(tile: Tile): string[] {
  switch (tile.kind) {
    case 'trigger':
    case 'email':
      return ['next'];
    case 'wait':
      return tile.mode === 'trigger' ? ['triggered', 'timeout'] : ['next'];
    case 'condition':
      return [...tile.branches.map((b) => b.id), 'otherwise'];
    case 'exit':
      return [];
    default:
      return [];
  }
}

export type DanglingReason = 'from-missing' | 'port-missing' | 'to-missing' | 'port-taken';
export type DanglingEdge = { index: number; edge: Edge; reason: DanglingReason };

export type JourneyGraph = {
  tiles: readonly Tile[];
  /** tile id → index in document order */
  index: Map<string, number>;
  /** per tile index, its ports in order */
  ports: string[][];
  /** per tile index, port → sound edge */
  out: Map<string, Edge>[];
  /** per tile index, successor tile indexes (in port order, may repeat) */
  succ: number[][];
  /** per tile index, the ports that have a sound edge, parallel to `succ` */
  succPorts: string[][];
  /** per tile index, how many sound edges enter it */
  inDegree: number[];
  dangling: DanglingEdge[];
};

export function buildGraph(journey: JourneyGraphInput): JourneyGraph {
  const tiles = journey.tiles;
  const index = new Map<string, number>();
  tiles.forEach((t, i) => {
    if (!index.has(t.id)) index.set(t.id, i);
  });
  const ports = tiles.map(portsOf);
  const out = tiles.map(() => new Map<string, Edge>());
  const inDegree = tiles.map(() => 0);
  const dangling: DanglingEdge[] = [];
  journey.edges.forEach((edge, i) => {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    let reason: DanglingReason | null = null;
    if (from === undefined) reason = 'from-missing';
    else if (!ports[from].includes(edge.port)) reason = 'port-missing';
    else if (to === undefined) reason = 'to-missing';
    else if (out[from].has(edge.port)) reason = 'port-taken';
    if (reason !== null) {
      dangling.push({ index: i, edge, reason });
      return;
    }
    out[from!].set(edge.port, edge);
    inDegree[to!] += 1;
  });
  const succ: number[][] = [];
  const succPorts: string[][] = [];
  for (let i = 0; i < tiles.length; i++) {
    const list: number[] = [];
    const names: string[] = [];
    for (const port of ports[i]) {
      const e = out[i].get(port);
      if (e) {
        list.push(index.get(e.to)!);
        names.push(port);
      }
    }
    succ.push(list);
    succPorts.push(names);
  }
  return { tiles, index, ports, out, succ, succPorts, inDegree, dangling };
}

/** tile id → port → sound edge. */
export function edgesFrom(journey: JourneyGraphInput): Map<string, Map<string, Edge>> {
  const g = buildGraph(journey);
  const result = new Map<string, Map<string, Edge>>();
  g.tiles.forEach((t, i) => {
    if (!result.has(t.id)) result.set(t.id, g.out[i]);
  });
  return result;
}

/** Trigger tiles with no incoming edge, in document order: exactly one of them must exist. */
export function entryCandidateIndexes(g: JourneyGraph): number[] {
  const result: number[] = [];
  g.tiles.forEach((t, i) => {
    if (t.kind === 'trigger' && g.inDegree[i] === 0) result.push(i);
  });
  return result;
}

export function findEntryCandidates(journey: JourneyGraphInput): Tile[] {
  const g = buildGraph(journey);
  return entryCandidateIndexes(g).map((i) => g.tiles[i]);
}

/**
 * Tile indexes reachable from `starts` (included). `blocked(from, port)` cuts an edge, and
 * `avoid` is a tile that paths may not enter: used to ask "can a contact get here without X?".
 */
export function reachableIndexes(
  g: JourneyGraph,
  starts: readonly number[],
  options: { avoid?: number; blocked?: (from: number, port: string) => boolean } = {},
): Uint8Array {
  const seen = new Uint8Array(g.tiles.length);
  const stack: number[] = [];
  for (const s of starts) {
    if (s === options.avoid || seen[s]) continue;
    seen[s] = 1;
    stack.push(s);
  }
  const { avoid, blocked } = options;
  while (stack.length > 0) {
    const i = stack.pop()!;
    const next = g.succ[i];
    for (let k = 0; k < next.length; k++) {
      const j = next[k];
      if (seen[j] || j === avoid) continue;
      if (blocked && blocked(i, g.succPorts[i][k])) continue;
      seen[j] = 1;
      stack.push(j);
    }
  }
  return seen;
}

export function reachableFrom(journey: JourneyGraphInput, tileId: string): Set<string> {
  const g = buildGraph(journey);
  const start = g.index.get(tileId);
  if (start === undefined) return new Set();
  const seen = reachableIndexes(g, [start]);
  const result = new Set<string>();
  seen.forEach((v, i) => {
    if (v) result.add(g.tiles[i].id);
  });
  return result;
}

/**
 * Groups of tiles that loop among themselves (strongly connected components with a cycle), each
 * in document order, the groups ordered by their first tile. Iterative Tarjan: no recursion
 * limit on long journeys.
 */
export function cycleIndexes(g: JourneyGraph): number[][] {
  const n = g.tiles.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, k] = frame;
      const next = g.succ[v];
      if (k < next.length) {
        frame[1] = k + 1;
        const w = next[k];
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], order[w]);
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || g.succ[v].includes(v)) {
          components.push(component.sort((a, b) => a - b));
        }
      }
    }
  }
  return components.sort((a, b) => a[0] - b[0]);
}

export function findCycles(journey: JourneyGraphInput): string[][] {
  const g = buildGraph(journey);
  return cycleIndexes(g).map((c) => c.map((i) => g.tiles[i].id));
}

/** Tile ids so that every edge goes forward (Kahn's order, starting from the tiles nothing leads into); null when there is a cycle. */
export function topologicalOrder(journey: JourneyGraphInput): string[] | null {
  const g = buildGraph(journey);
  const n = g.tiles.length;
  const indeg = g.inDegree.slice();
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  const result: string[] = [];
  let head = 0;
  while (head < queue.length) {
    const i = queue[head++];
    result.push(g.tiles[i].id);
    for (const j of g.succ[i]) {
      indeg[j] -= 1;
      if (indeg[j] === 0) queue.push(j);
    }
  }
  return result.length === n ? result : null;
}
